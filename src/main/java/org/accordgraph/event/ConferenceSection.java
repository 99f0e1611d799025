package org.accordgraph.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.actor.Actor;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.CountEntry;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.Problem.Rule;
import org.accordgraph.format.RelationshipField;

import org.springframework.stereotype.Component;

/** {@code conferences}: events held or scheduled, with their host, organisers, funders, participants and topics. */
@Component
public final class ConferenceSection extends AbstractSection<ConferenceSection.Entry> {

	public record Entry(String slug, String title, Link editionOf, DateEntry startDate, DateEntry endDate, String city,
			String aim, String note, CountEntry participantCount, List<String> alsoKnownAs,
			List<String> attendeeCategories, Link hostedBy, List<Link> coOrganisers, List<Link> funders,
			List<Link> supporters, List<Link> participants, Link marks, List<Link> topics, List<String> cite,
			String basis, String reasoning, List<String> restsOn, Boolean unsourced) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			alsoKnownAs = Entries.orEmpty(alsoKnownAs);
			attendeeCategories = Entries.orEmpty(attendeeCategories);
			coOrganisers = Entries.orEmpty(coOrganisers);
			funders = Entries.orEmpty(funders);
			supporters = Entries.orEmpty(supporters);
			participants = Entries.orEmpty(participants);
			topics = Entries.orEmpty(topics);
			cite = Entries.orEmpty(cite);
		}
	}

	public ConferenceSection() {
		super("conferences", "Conference", Entry.class, 32, Entry::slug,
				RelationshipField.link("EDITION_OF", "editionOf", Set.of("ConferenceSeries")),
				RelationshipField.link("HOSTED_BY", "hostedBy", Set.of("Country")),
				RelationshipField.links("CO_ORGANISED_BY", "coOrganisers", Actor.LABELS),
				RelationshipField.links("FUNDED_BY", "funders", Actor.LABELS),
				RelationshipField.links("SUPPORTED_BY", "supporters", Actor.LABELS),
				RelationshipField.links("ATTENDED_BY", "participants", Actor.LABELS),
				RelationshipField.link("MARKS", "marks", Set.of("Observance")),
				RelationshipField.links("DISCUSSED", "topics", Set.of("Topic")));
		readAs(Conference.class, Conference::slug, Conference::from);
	}

	@Override
	public void map(Entry x, Mapping m) {
		m.require(x.startDate(), "startDate");
		Map<String, Object> props = Mapping.props("slug", x.slug(), "title", x.title(), "city", x.city(), "aim", x.aim(),
				"note", x.note(), "alsoKnownAs", x.alsoKnownAs(), "attendeeCategories", x.attendeeCategories());
		PartialDate start = m.date(props, "startDate", x.startDate(), x.cite(), "startDate");
		PartialDate end = m.date(props, "endDate", x.endDate(), x.cite(), "endDate");
		if (start != null && end != null && end.isBefore(start.earliest())) {
			m.problem(Rule.INCONSISTENT, "endDate", "is before startDate");
		}
		if (x.participantCount() != null) {
			CountEntry count = x.participantCount();
			props.put("participantCount", m.require(count.value(), "participantCount.value"));
			props.put("participantCountApproximate", Boolean.TRUE.equals(count.approximate()) ? true : null);
			props.put("participantCountText", count.text());
			props.put("participantCountBasis", Mapping.name(m.basis(count.basis(), count.reasoning(), "participantCount.")));
			props.put("participantCountReasoning", count.reasoning());
		}
		m.cited("Conference", props, x, null);
		m.link("Conference", x.slug(), "EDITION_OF", x.editionOf(), "editionOf");
		m.link("Conference", x.slug(), "HOSTED_BY", x.hostedBy(), "hostedBy");
		m.links("Conference", x.slug(), "CO_ORGANISED_BY", x.coOrganisers(), "coOrganisers");
		m.links("Conference", x.slug(), "FUNDED_BY", x.funders(), "funders");
		m.links("Conference", x.slug(), "SUPPORTED_BY", x.supporters(), "supporters");
		m.links("Conference", x.slug(), "ATTENDED_BY", x.participants(), "participants");
		m.link("Conference", x.slug(), "MARKS", x.marks(), "marks");
		m.links("Conference", x.slug(), "DISCUSSED", x.topics(), "topics");
	}

}
