package org.accordgraph.event;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A day observed every year, such as the World Day against Trafficking in Persons (30 July). */
public record Observance(String slug, Revision revision, String name, Integer month, Integer day, Grounds grounds)
		implements Cited, Revised {

	public static Observance from(MapAccessor node) {
		return new Observance(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "name"), Fields.integer(node, "month"),
				Fields.integer(node, "day"), Grounds.from(node));
	}

	/** The theme of an observance in one year. */
	public record YearTheme(int year, String theme, Grounds grounds) implements Cited {

		static YearTheme from(MapAccessor node) {
			return new YearTheme(Fields.integer(node, "year"), Fields.text(node, "theme"),
					Grounds.from(node));
		}

	}

}
