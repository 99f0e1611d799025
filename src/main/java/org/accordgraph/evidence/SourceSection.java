package org.accordgraph.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.DateMentions;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.EntryFields;
import org.accordgraph.format.Label;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.Problem.Rule;
import org.accordgraph.format.SourceText;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Component;

/**
 * {@code sources}: the documents facts cite, each with its passages ({@code citations}) and, when
 * we hold it, the file of its full text, against which verbatim passages are checked.
 */
@Component
public final class SourceSection extends AbstractSection<SourceSection.Entry> {

	/** A document; {@code text} names the file of its text when we hold it. */
	public record Entry(String slug, String title, String publisher, String url, DateEntry publishedOn,
			String language, String text, String note, String noUrl, Map<String, CitationEntry> citations) {
		public Entry {
			citations = (citations != null) ? citations : Map.of();
		}
	}

	/** A passage of a source: its words (or a summary of them) and an optional curator's note. */
	public record CitationEntry(String quote, String note) {

		@com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
		public CitationEntry {
		}

		@com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
		static CitationEntry of(String quote) {
			return new CitationEntry(quote, null);
		}
	}

	public SourceSection() {
		super("sources", "Source", Entry.class, 0, Entry::slug);
		alsoDefines("Citation", "key");
		alsoRelates("FROM_SOURCE");
		readAs("Source", Source.class, Source::slug, Source::from, Source.projection("n"));
	}

	@Override
	public String textFile(Entry entry) {
		return entry.text();
	}

	@Override
	public void map(Entry s, Mapping m) {
		SourceText text = m.givenText(s.slug());
		if (s.text() != null && text == null) {
			m.problem(Rule.UNKNOWN_REFERENCE, "text", "file '" + s.text() + "' not found");
		}
		if ((s.url() == null) == (s.noUrl() == null)) {
			m.problem(Rule.REQUIRED, "url", "give the source's address, or else say in `noUrl` why none is known");
		}
		if (s.url() != null && !s.url().matches("https?://\\S+")) {
			m.problem(Rule.FORMAT, "url", "must be a web address starting with http:// or https://");
		}
		if (s.title() == null && s.publisher() == null) {
			m.problem(Rule.REQUIRED, "title", "a source needs a title or a publisher to be named by");
		}
		Map<String, Object> props = Mapping.props("slug", s.slug(), "title", s.title(), "publisher", s.publisher(),
				"url", s.url(), "noUrl", s.noUrl(), "language", s.language(), "note", s.note());
		List<DateMentions> ownWords = s.citations()
			.values()
			.stream()
			.filter(entry -> entry != null && entry.quote() != null)
			.map(entry -> new DateMentions(entry.quote()))
			.toList();
		m.dateNamedBy(props, "publishedOn", s.publishedOn(), ownWords, "publishedOn");
		props.put("text", (text != null) ? text.text() : null);
		m.plan().node("Source", props);
		String citationsAt = m.where() + ".citations";
		s.citations().forEach((name, entry) -> m.passage(s.slug(), name, (entry != null) ? entry.quote() : null,
				null, (entry != null) ? entry.note() : null, text, "citations." + name, citationsAt));
	}

	@Override
	public String exportQuery(Label label, String where) {
		return "MATCH (n:Source)" + where
				+ " RETURN n, COLLECT { MATCH (n)<-[:FROM_SOURCE]-(c:Citation) RETURN c ORDER BY c.key } AS citations ORDER BY n.slug";
	}

	/** A source whose text is held lists its verbatim passages only: the summaries are {@code passages}. */
	@Override
	public Map<String, Object> exportEntry(Record row, SourceTexts texts) {
		Node node = row.get("n").asNode();
		Map<String, Object> entry = EntryFields.properties(node);
		boolean texted = node.containsKey("text");
		if (texted) {
			String slug = node.get("slug").asString();
			String file = "sources/" + slug + ".txt";
			texts.sourceText(slug, file, node.get("text").asString());
			entry.put("text", file);
		}
		Map<String, Object> passages = new LinkedHashMap<>();
		for (Node citation : row.get("citations").asList(Value::asNode)) {
			if (texted && !citation.get("verbatim").asBoolean(false)) {
				continue;
			}
			String key = citation.get("key").asString();
			String name = key.substring(key.indexOf('#') + 1);
			if (citation.containsKey("note")) {
				passages.put(name, Map.of("quote", citation.get("quote").asString(), "note",
						citation.get("note").asString()));
			}
			else {
				passages.put(name, citation.get("quote").asString());
			}
		}
		entry.put("citations", passages);
		return entry;
	}

}
