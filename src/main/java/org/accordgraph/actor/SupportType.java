package org.accordgraph.actor;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A kind of support international organisations provide to countries. */
public record SupportType(String slug, String name, Grounds grounds) implements Cited {

	static SupportType from(MapAccessor node) {
		return new SupportType(Fields.text(node, "slug"), Fields.text(node, "name"), Grounds.from(node));
	}

}
