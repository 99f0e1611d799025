package org.accordgraph.event;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** What a person said, at which event: their own words ({@code direct}) or words the source reports. */
public record Statement(String slug, Revision revision, String text, boolean direct, String note, Grounds grounds,
		Grounds reachedThrough) implements Cited, Revised {

	public static Statement from(MapAccessor node) {
		return new Statement(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "text"), Fields.flag(node, "direct"),
				Fields.text(node, "note"), Grounds.from(node), null);
	}

	/**
	 * The statement as reached through a relationship, such as a theme's statements: it answers its
	 * own grounds, and a list's {@code basis} tests the relationship's too.
	 */
	public Statement through(MapAccessor relationship) {
		return new Statement(this.slug, this.revision, this.text, this.direct, this.note, this.grounds,
				Grounds.from(relationship));
	}

}
