package org.accordgraph.actor;

import java.util.List;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Mapping;
import org.accordgraph.theme.ThemeSection;

import org.springframework.stereotype.Component;

/** {@code supportTypes}: the kinds of support given, on their themes. */
@Component
public final class SupportTypeSection extends AbstractSection<SupportTypeSection.Entry> {

	public record Entry(String slug, String name, List<String> themes, List<String> cite, String basis,
			String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			themes = Entries.orEmpty(themes);
			cite = Entries.orEmpty(cite);
		}
	}

	public SupportTypeSection() {
		super("supportTypes", "SupportType", Entry.class, 24, Entry::slug,
				ThemeSection.FIELD);
	}

	@Override
	public void map(Entry x, Mapping m) {
		ThemeSection.onThemes(m, "SupportType", x.slug(), x.themes(),
				m.cited("SupportType", Mapping.props("slug", x.slug(), "name", m.require(x.name(), "name")), x, null));
	}

}
