package org.accordgraph.theme;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** What one of the four Ps means. */
public record ThemeDefinition(Theme theme, String name, String description, Grounds grounds)
		implements Cited {

	/** The theme's code, such as {@code PARTNERSHIP}: the key of the {@code Theme} node. */
	public String code() {
		return this.theme.name();
	}

	static ThemeDefinition from(MapAccessor node) {
		return new ThemeDefinition(Theme.valueOf(Fields.text(node, "code")), Fields.text(node, "name"),
				Fields.text(node, "description"), Grounds.from(node));
	}

}
