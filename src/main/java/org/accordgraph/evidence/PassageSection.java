package org.accordgraph.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.EntryFields;
import org.accordgraph.format.Label;
import org.accordgraph.format.Mapping;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Component;

/**
 * {@code passages}: quotes of a source defined elsewhere (in another file, or already in the
 * graph), cited as {@code "<source>#<name>"}; verbatim, checked against the source's text, unless
 * {@code verbatim: false} marks them a summary.
 */
@Component
public final class PassageSection extends AbstractSection<PassageSection.Entry> {

	public record Entry(String source, String name, String quote, Boolean verbatim, String note) {
	}

	public PassageSection() {
		super("passages", null, Entry.class, 1, Entry::name);
		alsoDefines("Citation", "key");
		alsoRelates("FROM_SOURCE");
	}

	@Override
	public void define(Entry entry, Mapping mapping) {
	}

	@Override
	public void map(Entry p, Mapping m) {
		m.refusePassage(p.source() + "#" + p.name());
		if (m.target(p.source(), "source", Set.of("Source")) == null) {
			return;
		}
		m.require(p.name(), "name");
		m.passage(p.source(), p.name(), p.quote(), p.verbatim(), p.note(), m.sourceText(p.source()), "quote",
				m.where());
	}

	/** The summaries of sources whose text is held: the others' passages are written with their source. */
	@Override
	public String exportQuery(Label label, String where) {
		return """
				MATCH (c:Citation)-[:FROM_SOURCE]->(s:Source) WHERE s.text IS NOT NULL AND NOT c.verbatim
				RETURN c, s.slug AS source ORDER BY c.key""";
	}

	@Override
	public Map<String, Object> exportEntry(Record row, SourceTexts texts) {
		Node c = row.get("c").asNode();
		String key = c.get("key").asString();
		Map<String, Object> passage = new LinkedHashMap<>();
		passage.put("source", row.get("source").asString());
		passage.put("name", key.substring(key.indexOf('#') + 1));
		passage.put("quote", c.get("quote").asString());
		passage.put("verbatim", false);
		EntryFields.putIfPresent(passage, "note", c.get("note"));
		return passage;
	}

}
