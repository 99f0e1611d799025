package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.evidence.Cited;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** What actors undertook, in which instrument, by when; its status is a history of assessments. */
public record Commitment(String slug, String text, CommitmentKind kind, Integer year, LocalDate dueDate,
		String note, List<String> citationKeys) implements Cited {

	public static Commitment from(MapAccessor node) {
		return new Commitment(Fields.text(node, "slug"), Fields.text(node, "text"),
				CommitmentKind.valueOf(Fields.text(node, "kind")), Fields.integer(node, "year"),
				Fields.date(node, "dueDate"), Fields.text(node, "note"), Fields.texts(node, "citations"));
	}

}
