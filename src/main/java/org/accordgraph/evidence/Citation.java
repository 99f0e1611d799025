package org.accordgraph.evidence;

import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A passage of a source that supports a fact: the source's words, or a curator's summary. */
public record Citation(String key, String quote, boolean verbatim, String note, Integer paragraph, Source source) {

	public static Citation from(MapAccessor citation, MapAccessor source) {
		return new Citation(Fields.text(citation, "key"), Fields.text(citation, "quote"),
				Fields.flag(citation, "verbatim"), Fields.text(citation, "note"), Fields.integer(citation, "paragraph"),
				Source.from(source));
	}

}
