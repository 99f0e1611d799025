package org.accordgraph.instrument;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.fact.Basis;
import org.accordgraph.graphql.OrderDirection;
import org.accordgraph.graphql.SortOrder;

/** What the lists of declarations, action plans and legal instruments can be filtered and sorted by. */
final class InstrumentLists {

	private InstrumentLists() {
	}

	/**
	 * @param title words in the title or short title, in any case
	 * @param calledForAt the slug of the conference they were adopted at
	 */
	record DeclarationFilter(String title, String calledForAt, List<Basis> basis) {
	}

	enum DeclarationOrderField {

		TITLE, ADOPTED_ON

	}

	record DeclarationOrder(DeclarationOrderField field, OrderDirection direction) implements SortOrder {
	}

	/**
	 * @param title words in the title
	 * @param country the ISO code of the country whose plans they are
	 * @param activeIn a year the plans cover
	 */
	record ActionPlanFilter(String title, String country, ActionPlanScope scope, Integer activeIn,
			List<Basis> basis) {
	}

	enum ActionPlanOrderField {

		PERIOD_START, TITLE

	}

	record ActionPlanOrder(ActionPlanOrderField field, OrderDirection direction) implements SortOrder {
	}

	/**
	 * @param title words in the title or other titles
	 * @param jurisdiction the ISO code of the country whose law they are
	 * @param status statuses, one of which the instrument had on {@code statusAsOf}
	 * @param statusAsOf the day for {@code status}; today when absent
	 */
	record LegalInstrumentFilter(String title, List<LegalInstrumentKind> kind, String jurisdiction,
			List<LegalStatus> status, LocalDate statusAsOf, List<Basis> basis) {
	}

	enum LegalInstrumentOrderField {

		TITLE, ADOPTED_ON

	}

	record LegalInstrumentOrder(LegalInstrumentOrderField field, OrderDirection direction) implements SortOrder {
	}

}
