package org.accordgraph.evidence;

import org.accordgraph.fact.PartialDate;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A document facts are taken from. Its text, when we hold it, is read only when asked for. */
public record Source(String slug, Revision revision, String title, String publisher, String url, String noUrl,
		PartialDate publishedOn, String language, String note) implements Revised {

	/** A Cypher projection of the source bound to {@code variable}, without its text, which can be large. */
	public static String projection(String variable) {
		return variable + " {.*, text: null}";
	}

	/** How to call it: its title, or else its publisher. */
	public String name() {
		return (this.title != null) ? this.title : this.publisher;
	}

	public static Source from(MapAccessor node) {
		return new Source(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "title"), Fields.text(node, "publisher"),
				Fields.text(node, "url"), Fields.text(node, "noUrl"), PartialDate.from(node, "publishedOn"), Fields.text(node, "language"),
				Fields.text(node, "note"));
	}

}
