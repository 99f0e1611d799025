package org.accordgraph.event;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A recurring conference, such as the annual Central Asian conference against trafficking. */
public record ConferenceSeries(String slug, Revision revision, String title, String description, Grounds grounds)
		implements Cited, Revised {

	public static ConferenceSeries from(MapAccessor node) {
		return new ConferenceSeries(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "title"),
				Fields.text(node, "description"), Grounds.from(node));
	}

}
