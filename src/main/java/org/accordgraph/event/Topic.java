package org.accordgraph.event;

import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** Something events discuss, such as trafficking online. */
public record Topic(String slug, String name) {

	static Topic from(MapAccessor node) {
		return new Topic(Fields.text(node, "slug"), Fields.text(node, "name"));
	}

}
