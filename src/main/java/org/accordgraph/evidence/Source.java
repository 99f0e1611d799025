package org.accordgraph.evidence;

import java.time.LocalDate;

import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A document facts are taken from. Its text, when we hold it, is read only when asked for. */
public record Source(String slug, String title, String publisher, String url, LocalDate publishedOn,
		String language, String note) {

	/** A Cypher projection of the source bound to {@code variable}, without its text, which can be large. */
	public static String projection(String variable) {
		return variable + " {.slug, .title, .publisher, .url, .publishedOn, .language, .note}";
	}

	public static Source from(MapAccessor node) {
		return new Source(Fields.text(node, "slug"), Fields.text(node, "title"), Fields.text(node, "publisher"),
				Fields.text(node, "url"), Fields.date(node, "publishedOn"), Fields.text(node, "language"),
				Fields.text(node, "note"));
	}

}
