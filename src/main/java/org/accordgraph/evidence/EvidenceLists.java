package org.accordgraph.evidence;

import java.util.List;

import org.accordgraph.fact.Basis;
import org.accordgraph.graphql.IntRange;
import org.accordgraph.graphql.OrderDirection;
import org.accordgraph.graphql.SortOrder;

/** What the lists of sources and statistics can be filtered and sorted by. */
final class EvidenceLists {

	private EvidenceLists() {
	}

	/**
	 * @param title words in the title, in any case
	 * @param publisher words in the publisher's name
	 * @param textHeld true for the sources whose text Accord Graph holds (quoted word for word)
	 */
	record SourceFilter(String title, String publisher, Boolean textHeld) {
	}

	enum SourceOrderField {

		TITLE, PUBLISHED_ON

	}

	record SourceOrder(SourceOrderField field, OrderDirection direction) implements SortOrder {
	}

	/**
	 * @param measure words in what is measured
	 * @param area the country or region, in any case
	 * @param year the years the figures are about
	 * @param unit the unit of the values
	 */
	record StatisticFilter(String measure, String area, IntRange year, StatisticUnit unit,
			List<Basis> basis) {
	}

	enum StatisticOrderField {

		MEASURE, YEAR, VALUE

	}

	record StatisticOrder(StatisticOrderField field, OrderDirection direction) implements SortOrder {
	}

}
