package org.accordgraph.actor;

import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A programme of work, implemented and funded by organisations. */
public record Project(String slug, Revision revision, String name, Grounds grounds) implements Actor, Revised {

	public static Project from(MapAccessor node) {
		return new Project(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "name"), Grounds.from(node));
	}

}
