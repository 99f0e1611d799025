package org.accordgraph.actor;

import java.util.List;

import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A person; the posts they held are facts of their own ({@link Position}). */
public record Person(String slug, Revision revision, String name, List<String> alsoKnownAs, Grounds grounds)
		implements Actor, Revised {

	public static Person from(MapAccessor node) {
		return new Person(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "name"), Fields.texts(node, "alsoKnownAs"),
				Grounds.from(node));
	}

}
