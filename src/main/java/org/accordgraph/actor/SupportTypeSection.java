package org.accordgraph.actor;

import java.util.List;

import org.accordgraph.evidence.Entries;
import org.accordgraph.evidence.Entries.Known;
import org.accordgraph.evidence.Mapping;
import org.accordgraph.evidence.RelationshipField;
import org.accordgraph.evidence.Section;
import org.accordgraph.theme.ThemeSection;

/** {@code supportTypes}: the kinds of support given, on their themes. */
public final class SupportTypeSection implements Section<SupportTypeSection.Entry> {

	public record Entry(String slug, String name, List<String> themes, List<String> cite, String basis,
			String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			themes = Entries.orEmpty(themes);
			cite = Entries.orEmpty(cite);
		}
	}

	private static final List<RelationshipField> FIELDS = List.of(ThemeSection.FIELD);

	@Override
	public String name() {
		return "supportTypes";
	}

	@Override
	public String label() {
		return "SupportType";
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
		return 24;
	}

	@Override
	public List<RelationshipField> fields() {
		return FIELDS;
	}

	@Override
	public void map(Entry x, Mapping m) {
		ThemeSection.onThemes(m, "SupportType", x.slug(), x.themes(),
				m.cited("SupportType", Mapping.props("slug", x.slug(), "name", m.require(x.name(), "name")), x, null));
	}

}
