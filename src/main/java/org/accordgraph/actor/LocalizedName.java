package org.accordgraph.actor;

import java.util.List;

import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A name in another language, stored as the property {@code name_<language>}. */
public record LocalizedName(String language, String name) {

	static List<LocalizedName> of(MapAccessor node) {
		return Fields.suffixed(node, "name_")
			.entrySet()
			.stream()
			.map(entry -> new LocalizedName(entry.getKey(), entry.getValue()))
			.toList();
	}

}
