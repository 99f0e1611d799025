package org.accordgraph.evidence;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.Record;

/** A relationship to a source stated as a fact, such as the report a figure comes from. */
public record SourceLink(Source source, String note, Grounds grounds) implements Cited {

	/** From a row naming the source {@code t} (as {@link Source#projection}) and the relationship {@code r}. */
	public static SourceLink from(Record row) {
		return new SourceLink(Source.from(row.get("t")), Fields.text(row.get("r"), "note"), Grounds.from(row.get("r")));
	}

}
