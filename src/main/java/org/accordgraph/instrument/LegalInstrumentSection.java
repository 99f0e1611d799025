package org.accordgraph.instrument;

import java.util.List;
import java.util.Set;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.RelationshipField;
import org.accordgraph.instrument.Assessments.StatusEntry;

import org.springframework.stereotype.Component;

/** {@code legalInstruments}: laws and decrees, their jurisdiction, what they designate or establish, and the history of their status. */
@Component
public final class LegalInstrumentSection extends AbstractSection<LegalInstrumentSection.Entry> {

	public record Entry(String slug, String title, List<String> alsoKnownAs, String kind, String number,
			Link jurisdiction, String note, List<StatusEntry> statusHistory, List<Link> designates,
			List<Link> establishes, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			alsoKnownAs = Entries.orEmpty(alsoKnownAs);
			statusHistory = Entries.orEmpty(statusHistory);
			designates = Entries.orEmpty(designates);
			establishes = Entries.orEmpty(establishes);
			cite = Entries.orEmpty(cite);
		}
	}

	public LegalInstrumentSection() {
		super("legalInstruments", "LegalInstrument", Entry.class, 42, Entry::slug,
				RelationshipField.link("IN_JURISDICTION_OF", "jurisdiction", Set.of("Country")),
				RelationshipField.links("DESIGNATES", "designates", Set.of("Observance")),
				RelationshipField.links("ESTABLISHED", "establishes", Set.of("Organisation")));
		alsoDefines("StatusAssessment", "slug");
		alsoRelates("HAS_STATUS");
		readAs(LegalInstrument.class, LegalInstrument::slug, LegalInstrument::from);
	}

	@Override
	public void map(Entry x, Mapping m) {
		m.cited("LegalInstrument", Mapping.props("slug", x.slug(), "title", m.require(x.title(), "title"), "alsoKnownAs",
				x.alsoKnownAs(), "kind", Mapping.name(m.parse(m.require(x.kind(), "kind"), LegalInstrumentKind.class, "kind")), "number",
				x.number(), "note", x.note()), x, null);
		m.link("LegalInstrument", x.slug(), "IN_JURISDICTION_OF", x.jurisdiction(), "jurisdiction");
		m.links("LegalInstrument", x.slug(), "DESIGNATES", x.designates(), "designates");
		m.links("LegalInstrument", x.slug(), "ESTABLISHED", x.establishes(), "establishes");
		Assessments.history(m, "LegalInstrument", x.slug(), x.statusHistory(), LegalStatus.class);
	}

}
