package org.accordgraph.actor;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/**
 * A post a person held, with the time the sources give: a span ({@code from}, {@code until}), a
 * day they held it on, or (linked in the graph) an event they held it at.
 */
public record Position(String slug, Revision revision, String title, PartialDate from, PartialDate until, PartialDate heldOn,
		String contact, String note, Grounds grounds) implements Cited, Revised {

	public static Position from(MapAccessor node) {
		return new Position(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "title"), PartialDate.from(node, "from"),
				PartialDate.from(node, "until"), PartialDate.from(node, "heldOn"), Fields.text(node, "contact"),
				Fields.text(node, "note"), Grounds.from(node));
	}

}
