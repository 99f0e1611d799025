package org.accordgraph.event;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.Record;

/**
 * Relationships to events stated as facts. Queries that return them name the target {@code t}
 * and the relationship {@code r}.
 */
public final class EventLinks {

	private EventLinks() {
	}

	/** A relationship to a conference. */
	public record ConferenceLink(Conference conference, String note, Grounds grounds) implements Cited {
	}

	/** A relationship to a conference series. */
	public record ConferenceSeriesLink(ConferenceSeries series, String note, Grounds grounds)
			implements Cited {
	}

	/** A relationship to an observance. */
	public record ObservanceLink(Observance observance, String note, Grounds grounds) implements Cited {
	}

	/** A relationship to a topic, such as a conference having discussed it. */
	public record TopicLink(Topic topic, String note, Grounds grounds) implements Cited {
	}

	public static ConferenceLink conference(Record row) {
		return new ConferenceLink(Conference.from(row.get("t")), note(row), citations(row));
	}

	public static ConferenceSeriesLink series(Record row) {
		return new ConferenceSeriesLink(ConferenceSeries.from(row.get("t")), note(row), citations(row));
	}

	public static ObservanceLink observance(Record row) {
		return new ObservanceLink(Observance.from(row.get("t")), note(row), citations(row));
	}

	static TopicLink topic(Record row) {
		return new TopicLink(Topic.from(row.get("t")), note(row), citations(row));
	}

	private static String note(Record row) {
		return Fields.text(row.get("r"), "note");
	}

	private static Grounds citations(Record row) {
		return Grounds.from(row.get("r"));
	}

}
