package org.accordgraph.actor;

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

/** {@code organisations}: bodies, agencies and programmes, with what they are part of and where they are based. */
@Component
public final class OrganisationSection extends AbstractSection<OrganisationSection.Entry> {

	public record Entry(String slug, String name, String acronym, String kind, Map<String, String> names,
			List<String> alsoKnownAs, DateEntry establishedOn, Link partOf, Link basedIn, List<String> cite,
			String basis, String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			names = (names != null) ? names : Map.of();
			alsoKnownAs = Entries.orEmpty(alsoKnownAs);
			cite = Entries.orEmpty(cite);
		}
	}

	public OrganisationSection() {
		super("organisations", "Organisation", Entry.class, 21, Entry::slug,
				RelationshipField.link("PART_OF", "partOf", Set.of("Organisation")),
				RelationshipField.link("BASED_IN", "basedIn", Set.of("Country")));
		readAs(Organisation.class, Organisation::slug, Organisation::from);
	}

	@Override
	public void map(Entry x, Mapping m) {
		Map<String, Object> props = Mapping.props("slug", x.slug(), "name", m.require(x.name(), "name"), "acronym",
				x.acronym(), "kind", Mapping.name(m.parse(m.require(x.kind(), "kind"), OrganisationKind.class, "kind")), "alsoKnownAs",
				x.alsoKnownAs());
		Mapping.localNames(props, x.names());
		m.date(props, "establishedOn", x.establishedOn(), x.cite(), "establishedOn");
		m.cited("Organisation", props, x, null);
		m.link("Organisation", x.slug(), "PART_OF", x.partOf(), "partOf");
		m.link("Organisation", x.slug(), "BASED_IN", x.basedIn(), "basedIn");
	}

}
