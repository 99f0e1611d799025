package org.accordgraph.event;

import java.util.List;
import java.util.Map;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.EntryFields;
import org.accordgraph.format.Label;
import org.accordgraph.format.Mapping;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/** {@code observances}: days observed each year, with the theme of each year. */
@Component
public final class ObservanceSection extends AbstractSection<ObservanceSection.Entry> {

	public record Entry(String slug, String name, Integer month, Integer day, List<ThemeOfTheYear> themes,
			List<String> cite, String basis, String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			themes = Entries.orEmpty(themes);
			cite = Entries.orEmpty(cite);
		}
	}

	public record ThemeOfTheYear(Integer year, String theme, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public ThemeOfTheYear {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}
	}

	public ObservanceSection() {
		super("observances", "Observance", Entry.class, 30, Entry::slug);
		alsoDefines("ObservanceTheme", "slug");
		alsoRelates("HAD_THEME");
		readAs(Observance.class, Observance::slug, Observance::from);
	}

	@Override
	public void map(Entry x, Mapping m) {
		m.cited("Observance", Mapping.props("slug", x.slug(), "name", m.require(x.name(), "name"), "month", x.month(),
				"day", x.day()), x, null);
		for (int i = 0; i < x.themes().size(); i++) {
			var theme = x.themes().get(i);
			String field = "themes[" + i + "]";
			String slug = x.slug() + "-" + theme.year();
			m.define(slug, "ObservanceTheme");
			Map<String, Object> grounds = m.cited("ObservanceTheme", Mapping.props("slug", slug, "year",
					m.require(theme.year(), field + ".year"), "theme", m.require(theme.theme(), field + ".theme")), theme,
					field);
			m.plan().relationship("Observance", x.slug(), "HAD_THEME", "ObservanceTheme", slug, grounds);
		}
	}

	@Override
	public String exportQuery(Label label, String where) {
		return "MATCH (n:Observance)" + where
				+ " RETURN n, COLLECT { MATCH (n)-[:HAD_THEME]->(t) RETURN t ORDER BY t.year, t.slug } AS themes ORDER BY n.slug";
	}

	@Override
	public Map<String, Object> exportEntry(Record row, SourceTexts texts) {
		Map<String, Object> entry = EntryFields.properties(row.get("n").asNode());
		entry.put("themes", row.get("themes").asList(t -> {
			Map<String, Object> theme = EntryFields.properties(t.asNode());
			theme.remove("slug");
			return theme;
		}));
		return entry;
	}

}
