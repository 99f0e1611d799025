package org.accordgraph.event;

import java.util.List;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.fact.Quantity;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A conference: when, where, why; who hosted, organised, funded and attended it is in the graph. */
public record Conference(String slug, Revision revision, String title, PartialDate startDate, PartialDate endDate, String city,
		String aim, String note, Quantity participantCount, List<String> alsoKnownAs, List<String> attendeeCategories,
		Grounds grounds, Grounds reachedThrough) implements Cited, Revised {

	/** How to call it: its title, or else where and when it was held. */
	public String name() {
		if (this.title != null) {
			return this.title;
		}
		return "Conference" + ((this.city != null) ? " in " + this.city : "") + ", " + this.startDate.iso();
	}

	public static Conference from(MapAccessor node) {
		return new Conference(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "title"), PartialDate.from(node, "startDate"),
				PartialDate.from(node, "endDate"), Fields.text(node, "city"), Fields.text(node, "aim"),
				Fields.text(node, "note"), Quantity.from(node, "participantCount"),
				Fields.texts(node, "alsoKnownAs"), Fields.texts(node, "attendeeCategories"), Grounds.from(node), null);
	}

	/**
	 * The conference as reached through a relationship, such as a series' editions: it answers its
	 * own grounds, and a list's {@code basis} tests the relationship's too.
	 */
	public Conference through(MapAccessor relationship) {
		return new Conference(this.slug, this.revision, this.title, this.startDate, this.endDate, this.city, this.aim,
				this.note, this.participantCount, this.alsoKnownAs, this.attendeeCategories, this.grounds,
				Grounds.from(relationship));
	}

}
