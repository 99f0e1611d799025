package org.accordgraph.event;

import java.util.List;

import org.accordgraph.evidence.Cited;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A recurring conference, such as the annual Central Asian conference against trafficking. */
public record ConferenceSeries(String slug, String title, String description, List<String> citationKeys)
		implements Cited {

	public static ConferenceSeries from(MapAccessor node) {
		return new ConferenceSeries(Fields.text(node, "slug"), Fields.text(node, "title"),
				Fields.text(node, "description"), Fields.texts(node, "citations"));
	}

}
