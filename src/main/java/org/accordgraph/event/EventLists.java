package org.accordgraph.event;

import java.util.List;

import org.accordgraph.fact.Basis;
import org.accordgraph.graphql.DateRange;
import org.accordgraph.graphql.OrderDirection;
import org.accordgraph.graphql.SortOrder;
import org.accordgraph.theme.Theme;

/** What the lists of conferences and statements can be filtered and sorted by. */
final class EventLists {

	private EventLists() {
	}

	/**
	 * @param title words in the title, in any case
	 * @param city the city, in any case
	 * @param series the slug of the series they are editions of
	 * @param hostedBy the ISO code of the host country
	 * @param actor a country's code or an organisation's, project's or person's slug: conferences
	 * it co-organised, funded, supported or took part in
	 * @param date days the conference's start falls within
	 */
	record ConferenceFilter(String title, String city, String series, String hostedBy, String actor, DateRange date,
			List<Basis> basis) {
	}

	enum ConferenceOrderField {

		START_DATE, TITLE

	}

	record ConferenceOrder(ConferenceOrderField field, OrderDirection direction) implements SortOrder {
	}

	/**
	 * @param text words the statement contains, in any case
	 * @param speaker the slug of the person who spoke
	 * @param event the slug of the conference it was said at
	 * @param theme a theme it falls under
	 * @param direct true for the speakers' own words, false for words the sources report
	 */
	record StatementFilter(String text, String speaker, String event, Theme theme, Boolean direct, List<Basis> basis) {
	}

	enum StatementOrderField {

		EVENT_DATE, SPEAKER

	}

	record StatementOrder(StatementOrderField field, OrderDirection direction) implements SortOrder {
	}

}
