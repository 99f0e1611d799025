package org.accordgraph.instrument;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.evidence.Cited;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** Where a legal instrument stood from a date on, and where that is written. */
public record LegalStatusAssessment(String slug, LegalStatus status, LocalDate date, String note,
		List<String> citationKeys) implements Cited {

	static LegalStatusAssessment from(MapAccessor node) {
		return new LegalStatusAssessment(Fields.text(node, "slug"), LegalStatus.valueOf(Fields.text(node, "status")),
				Fields.date(node, "date"), Fields.text(node, "note"), Fields.texts(node, "citations"));
	}

}
