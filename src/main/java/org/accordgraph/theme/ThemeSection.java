package org.accordgraph.theme;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.RelationshipField;

import org.springframework.stereotype.Component;

/** {@code themes}: the controlled list of themes, each with its name and description as a source puts them. */
@Component
public final class ThemeSection extends AbstractSection<ThemeSection.Entry> {

	public record Entry(String code, String name, String description, List<String> cite, String basis,
			String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}
	}

	/** The field that states the themes a record is on. */
	public static final RelationshipField FIELD = RelationshipField.refs("ON_THEME", "themes", Set.of("Theme"));

	public ThemeSection() {
		super("themes", "Theme", Entry.class, 10, Entry::code);
		keyedBy("code");
	}

	@Override
	public void define(Entry entry, Mapping m) {
		m.defineEnum(entry.code(), "Theme", Theme.class);
	}

	@Override
	public void map(Entry t, Mapping m) {
		m.cited("Theme", Mapping.props("code", t.code(), "name", t.name(), "description", t.description()), t, null);
	}

	/** The themes a record is on, stated by its own facts. */
	public static void onThemes(Mapping m, String label, String key, List<String> themes,
			Map<String, Object> grounds) {
		m.enumRefs(label, key, "ON_THEME", "Theme", themes, Theme.class, "themes", grounds);
	}

}
