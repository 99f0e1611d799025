package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.evidence.Cited;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** What had become of a commitment as of a date, who assessed it, and where that is written. */
public record CommitmentStatusAssessment(String slug, CommitmentStatus status, LocalDate date, String assessedBy,
		String note, List<String> citationKeys) implements Cited {

	static CommitmentStatusAssessment from(MapAccessor node) {
		return new CommitmentStatusAssessment(Fields.text(node, "slug"),
				CommitmentStatus.valueOf(Fields.text(node, "status")), Fields.date(node, "date"),
				Fields.text(node, "assessedBy"), Fields.text(node, "note"), Fields.texts(node, "citations"));
	}

}
