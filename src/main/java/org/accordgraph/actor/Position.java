package org.accordgraph.actor;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.evidence.Cited;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/**
 * A post a person held, with the time the sources give: a span ({@code from}, {@code until}), a
 * day they held it on, or (linked in the graph) an event they held it at.
 */
public record Position(String slug, String title, LocalDate from, LocalDate until, LocalDate heldOn,
		String contact, String note, List<String> citationKeys) implements Cited {

	public static Position from(MapAccessor node) {
		return new Position(Fields.text(node, "slug"), Fields.text(node, "title"), Fields.date(node, "from"),
				Fields.date(node, "until"), Fields.date(node, "heldOn"), Fields.text(node, "contact"),
				Fields.text(node, "note"), Fields.texts(node, "citations"));
	}

}
