package org.accordgraph.event;

import java.util.List;
import java.util.Map;

import org.accordgraph.evidence.Entries;
import org.accordgraph.evidence.Mapping;
import org.accordgraph.evidence.RelationshipField;
import org.accordgraph.evidence.Section;
import org.accordgraph.theme.ThemeSection;

/** {@code topics}: what conferences and statements discussed, on their themes. */
public final class TopicSection implements Section<TopicSection.Entry> {

	public record Entry(String slug, String name, List<String> themes) {
		public Entry {
			themes = Entries.orEmpty(themes);
		}
	}

	private static final List<RelationshipField> FIELDS = List.of(ThemeSection.FIELD);

	@Override
	public String name() {
		return "topics";
	}

	@Override
	public String label() {
		return "Topic";
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
		return 11;
	}

	@Override
	public List<RelationshipField> fields() {
		return FIELDS;
	}

	@Override
	public void map(Entry x, Mapping m) {
		m.plan().node("Topic", Mapping.props("slug", x.slug(), "name", m.require(x.name(), "name")));
		ThemeSection.onThemes(m, "Topic", x.slug(), x.themes(), Map.of());
	}

}
