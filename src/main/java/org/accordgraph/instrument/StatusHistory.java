package org.accordgraph.instrument;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Status as a history of assessments: what was true on a day is the latest assessment dated on
 * or before it. Laws and commitments alike keep their status this way.
 */
public final class StatusHistory {

	/**
	 * The status of the node {@code n} on the day {@code $statusAsOf}, as a Cypher expression; null
	 * if no assessment is that old.
	 */
	public static final String STATUS_ON_DAY = """
			COLLECT { MATCH (n)-[:HAS_STATUS]->(s:StatusAssessment) WHERE s.date <= $statusAsOf
			          RETURN s.status ORDER BY s.date DESC, s.slug DESC LIMIT 1 }[0]""";

	private StatusHistory() {
	}

	/** The day itself, or today when there is none. */
	public static LocalDate dayOrToday(LocalDate day) {
		return (day != null) ? day : LocalDate.now();
	}

	/**
	 * The assessment in force on a day.
	 * @param history the assessments, oldest first (ties in the graph's order)
	 * @param day the day, or null for today
	 * @return the latest assessment dated on or before the day, or null if none is that old
	 */
	public static <A> A onDay(List<A> history, Function<A, LocalDate> dateOf, LocalDate day) {
		LocalDate date = dayOrToday(day);
		A found = null;
		for (A assessment : history) {
			if (!dateOf.apply(assessment).isAfter(date)) {
				found = assessment;
			}
		}
		return found;
	}

}
