package org.accordgraph.evidence;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A figure: what it measures, its value or qualitative finding, where and when. */
public record Statistic(String slug, Revision revision, String measure, Double value, String unit, Integer year, String area,
		String qualifier, Grounds grounds) implements Cited, Revised {

	public static Statistic from(MapAccessor node) {
		return new Statistic(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "measure"), Fields.number(node, "value"),
				Fields.text(node, "unit"), Fields.integer(node, "year"), Fields.text(node, "area"),
				Fields.text(node, "qualifier"), Grounds.from(node));
	}

}
