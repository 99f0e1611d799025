package org.accordgraph.instrument;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.evidence.Cited;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A declaration, such as the Bukhara Declaration. */
public record Declaration(String slug, String title, String shortTitle, LocalDate adoptedOn, String note,
		List<String> citationKeys) implements Cited {

	public static Declaration from(MapAccessor node) {
		return new Declaration(Fields.text(node, "slug"), Fields.text(node, "title"), Fields.text(node, "shortTitle"),
				Fields.date(node, "adoptedOn"), Fields.text(node, "note"), Fields.texts(node, "citations"));
	}

}
