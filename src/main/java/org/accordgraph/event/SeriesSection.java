package org.accordgraph.event;

import java.util.List;
import java.util.Set;

import org.accordgraph.evidence.Entries;
import org.accordgraph.evidence.Entries.Known;
import org.accordgraph.evidence.Entries.Link;
import org.accordgraph.evidence.Mapping;
import org.accordgraph.evidence.RelationshipField;
import org.accordgraph.evidence.Section;

/** {@code conferenceSeries}: a recurring conference, and where it was agreed. */
public final class SeriesSection implements Section<SeriesSection.Entry> {

	public record Entry(String slug, String title, String description, Link agreedAt, List<String> cite, String basis,
			String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}
	}

	private static final List<RelationshipField> FIELDS = List.of(RelationshipField.link("AGREED_AT", "agreedAt", Set.of("Conference")));

	@Override
	public String name() {
		return "conferenceSeries";
	}

	@Override
	public String label() {
		return "ConferenceSeries";
	}

	@Override
	public Class<Entry> entryType() {
		return Entry.class;
	}

	@Override
	public String key(Entry entry) {
		return entry.slug();
	}

	@Override
	public int order() {
		return 31;
	}

	@Override
	public List<RelationshipField> fields() {
		return FIELDS;
	}

	@Override
	public void map(Entry x, Mapping m) {
		m.cited("ConferenceSeries", Mapping.props("slug", x.slug(), "title", m.require(x.title(), "title"), "description",
				x.description()), x, null);
		m.link("ConferenceSeries", x.slug(), "AGREED_AT", x.agreedAt(), "agreedAt");
	}

}
