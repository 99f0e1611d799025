package org.accordgraph.instrument;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.RelationshipField;

import org.springframework.stereotype.Component;

/** {@code declarations}: declarations adopted, where they were called for and what they established. */
@Component
public final class DeclarationSection extends AbstractSection<DeclarationSection.Entry> {

	public record Entry(String slug, String title, String shortTitle, DateEntry adoptedOn, String note,
			Link calledForAt, List<Link> establishes, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			establishes = Entries.orEmpty(establishes);
			cite = Entries.orEmpty(cite);
		}
	}

	public DeclarationSection() {
		super("declarations", "Declaration", Entry.class, 40, Entry::slug,
				RelationshipField.link("CALLED_FOR_AT", "calledForAt", Set.of("Conference")),
				RelationshipField.links("ESTABLISHED", "establishes", Set.of("ConferenceSeries")));
		readAs(Declaration.class, Declaration::slug, Declaration::from);
	}

	@Override
	public void map(Entry x, Mapping m) {
		Map<String, Object> props = Mapping.props("slug", x.slug(), "title", m.require(x.title(), "title"), "shortTitle",
				x.shortTitle(), "note", x.note());
		m.date(props, "adoptedOn", x.adoptedOn(), x.cite(), "adoptedOn");
		m.cited("Declaration", props, x, null);
		m.link("Declaration", x.slug(), "CALLED_FOR_AT", x.calledForAt(), "calledForAt");
		m.links("Declaration", x.slug(), "ESTABLISHED", x.establishes(), "establishes");
	}

}
