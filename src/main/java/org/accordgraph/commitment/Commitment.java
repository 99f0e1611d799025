package org.accordgraph.commitment;


import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** What actors undertook, in which instrument, by when; its status is a history of assessments. */
public record Commitment(String slug, Revision revision, String text, CommitmentKind kind, Integer year, PartialDate dueDate,
		String note, Grounds grounds, Grounds reachedThrough) implements Cited, Revised {

	public static Commitment from(MapAccessor node) {
		return new Commitment(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "text"),
				CommitmentKind.valueOf(Fields.text(node, "kind")), Fields.integer(node, "year"),
				PartialDate.from(node, "dueDate"), Fields.text(node, "note"), Grounds.from(node), null);
	}

	/**
	 * The commitment as reached through a relationship, such as a country's commitments: it answers
	 * its own grounds, and a list's {@code basis} tests the relationship's too.
	 */
	public Commitment through(MapAccessor relationship) {
		return new Commitment(this.slug, this.revision, this.text, this.kind, this.year, this.dueDate, this.note,
				this.grounds, Grounds.from(relationship));
	}

}
