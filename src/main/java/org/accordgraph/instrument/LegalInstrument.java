package org.accordgraph.instrument;

import java.util.List;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A law, decree or resolution, from draft on; its status is a history of {@link LegalStatusAssessment}s. */
public record LegalInstrument(String slug, Revision revision, String title, List<String> alsoKnownAs, LegalInstrumentKind kind,
		String number, String note, Grounds grounds) implements Cited, Revised {

	public static LegalInstrument from(MapAccessor node) {
		return new LegalInstrument(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "title"),
				Fields.texts(node, "alsoKnownAs"), LegalInstrumentKind.valueOf(Fields.text(node, "kind")),
				Fields.text(node, "number"), Fields.text(node, "note"), Grounds.from(node));
	}

}
