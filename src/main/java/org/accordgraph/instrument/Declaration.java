package org.accordgraph.instrument;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A declaration, such as the Bukhara Declaration. */
public record Declaration(String slug, Revision revision, String title, String shortTitle, PartialDate adoptedOn, String note,
		Grounds grounds, Grounds reachedThrough) implements Cited, Revised {

	public static Declaration from(MapAccessor node) {
		return new Declaration(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "title"), Fields.text(node, "shortTitle"),
				PartialDate.from(node, "adoptedOn"), Fields.text(node, "note"), Grounds.from(node), null);
	}

	/**
	 * The declaration as reached through a relationship, such as the declarations called for at a
	 * conference: it answers its own grounds, and a list's {@code basis} tests the relationship's too.
	 */
	public Declaration through(MapAccessor relationship) {
		return new Declaration(this.slug, this.revision, this.title, this.shortTitle, this.adoptedOn, this.note,
				this.grounds, Grounds.from(relationship));
	}

}
