package org.accordgraph.event;

import java.util.List;
import java.util.Map;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Mapping;
import org.accordgraph.theme.ThemeSection;

import org.springframework.stereotype.Component;

/** {@code topics}: what conferences and statements discussed, on their themes. */
@Component
public final class TopicSection extends AbstractSection<TopicSection.Entry> {

	public record Entry(String slug, String name, List<String> themes) {
		public Entry {
			themes = Entries.orEmpty(themes);
		}
	}

	public TopicSection() {
		super("topics", "Topic", Entry.class, 11, Entry::slug,
				ThemeSection.FIELD);
	}

	@Override
	public void map(Entry x, Mapping m) {
		m.plan().node("Topic", Mapping.props("slug", x.slug(), "name", m.require(x.name(), "name")));
		ThemeSection.onThemes(m, "Topic", x.slug(), x.themes(), Map.of());
	}

}
