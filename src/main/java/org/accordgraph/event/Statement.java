package org.accordgraph.event;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** What a person said, at which event: their own words ({@code direct}) or words the source reports. */
public record Statement(String slug, Revision revision, String text, boolean direct, String note, Grounds grounds)
		implements Cited, Revised {

	public static Statement from(MapAccessor node) {
		return new Statement(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "text"), Fields.flag(node, "direct"),
				Fields.text(node, "note"), Grounds.from(node));
	}

}
