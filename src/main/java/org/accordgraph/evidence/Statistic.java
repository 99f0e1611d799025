package org.accordgraph.evidence;

import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A figure: what it measures, its value or qualitative finding, where and when. */
public record Statistic(String slug, String measure, Double value, String unit, Integer year, String area,
		String qualifier, Grounds grounds) implements Cited {

	public static Statistic from(MapAccessor node) {
		return new Statistic(Fields.text(node, "slug"), Fields.text(node, "measure"), Fields.number(node, "value"),
				Fields.text(node, "unit"), Fields.integer(node, "year"), Fields.text(node, "area"),
				Fields.text(node, "qualifier"), Grounds.from(node));
	}

}
