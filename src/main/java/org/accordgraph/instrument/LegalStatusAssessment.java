package org.accordgraph.instrument;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** Where a legal instrument stood from a date on, and where that is written. */
public record LegalStatusAssessment(String slug, LegalStatus status, PartialDate date, String note, Integer chapters, Integer articles,
		Grounds grounds) implements Cited {

	static LegalStatusAssessment from(MapAccessor node) {
		return new LegalStatusAssessment(Fields.text(node, "slug"), LegalStatus.valueOf(Fields.text(node, "status")),
				PartialDate.from(node, "date"), Fields.text(node, "note"), Fields.integer(node, "chapters"),
				Fields.integer(node, "articles"), Grounds.from(node));
	}

}
