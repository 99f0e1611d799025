package org.accordgraph.theme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.fact.Basis;
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

	/** Why a record is on a theme: no source speaks of the four Ps for it; a curator classed it. */
	public static final String CLASSIFICATION = "A curator's classification under the four Ps; the sources do not class it so.";

	/**
	 * The themes a record is on: a curator's classification, INFERRED from the passages the record
	 * cites, whatever the basis of the record itself.
	 */
	public static void onThemes(Mapping m, String label, String key, List<String> themes,
			Map<String, Object> grounds) {
		Map<String, Object> classification = new LinkedHashMap<>(grounds);
		classification.put("basis", Basis.INFERRED.name());
		classification.put("reasoning", CLASSIFICATION);
		classification.put("restsOn", List.of());
		m.enumRefs(label, key, "ON_THEME", "Theme", themes, Theme.class, "themes", classification);
	}

}
