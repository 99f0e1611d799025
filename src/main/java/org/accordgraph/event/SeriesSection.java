package org.accordgraph.event;

import java.util.List;
import java.util.Set;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.RelationshipField;

import org.springframework.stereotype.Component;

/** {@code conferenceSeries}: a recurring conference, and where it was agreed. */
@Component
public final class SeriesSection extends AbstractSection<SeriesSection.Entry> {

	public record Entry(String slug, String title, String description, Link agreedAt, List<String> cite, String basis,
			String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}
	}

	public SeriesSection() {
		super("conferenceSeries", "ConferenceSeries", Entry.class, 31, Entry::slug,
				RelationshipField.link("AGREED_AT", "agreedAt", Set.of("Conference")));
		readAs(ConferenceSeries.class, ConferenceSeries::slug, ConferenceSeries::from);
	}

	@Override
	public void map(Entry x, Mapping m) {
		m.cited("ConferenceSeries", Mapping.props("slug", x.slug(), "title", m.require(x.title(), "title"), "description",
				x.description()), x, null);
		m.link("ConferenceSeries", x.slug(), "AGREED_AT", x.agreedAt(), "agreedAt");
	}

}
