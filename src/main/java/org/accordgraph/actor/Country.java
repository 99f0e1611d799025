package org.accordgraph.actor;

import java.util.List;

import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A country, named by its ISO 3166-1 alpha-2 code. */
public record Country(String code, Revision revision, String name, List<LocalizedName> names, String region,
		Grounds grounds) implements Actor, Revised {

	public static Country from(MapAccessor node) {
		return new Country(Fields.text(node, "code"), Revision.of(node), Fields.text(node, "name"), LocalizedName.of(node),
				Fields.text(node, "region"), Grounds.from(node));
	}

}
