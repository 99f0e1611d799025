package org.accordgraph.commitment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.actor.Actor;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.Problem.Rule;
import org.accordgraph.format.RelationshipField;
import org.accordgraph.instrument.Assessments;
import org.accordgraph.instrument.Assessments.StatusEntry;
import org.accordgraph.theme.ThemeSection;

import org.springframework.stereotype.Component;

/** {@code commitments}: who committed to what, in which instrument, by when, and the history of its status. */
@Component
public final class CommitmentSection extends AbstractSection<CommitmentSection.Entry> {

	public record Entry(String slug, String text, String kind, String series, Integer year, DateEntry dueDate,
			Link host, List<Link> parties, Link madeIn, List<String> themes, List<Link> fulfilledBy,
			List<StatusEntry> statusHistory, String note, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			parties = Entries.orEmpty(parties);
			themes = Entries.orEmpty(themes);
			fulfilledBy = Entries.orEmpty(fulfilledBy);
			statusHistory = Entries.orEmpty(statusHistory);
			cite = Entries.orEmpty(cite);
		}
	}

	/** What a commitment may be made in. */
	/** The labels of what a commitment may be made in. */
	static final Set<String> ORIGINS = Set.of("Conference", "Declaration", "ActionPlan", "LegalInstrument",
			"Statement");

	/** What may fulfil a commitment. */
	static final Set<String> FULFILMENTS = Set.of("Conference", "Declaration", "ActionPlan", "LegalInstrument");

	public CommitmentSection() {
		super("commitments", "Commitment", Entry.class, 50, Entry::slug,
				RelationshipField.links("COMMITTED_BY", "parties", Actor.LABELS),
				RelationshipField.link("TO_BE_HOSTED_BY", "host", Set.of("Country")),
				RelationshipField.link("MADE_IN", "madeIn", ORIGINS),
				RelationshipField.links("FULFILLED_BY", "fulfilledBy", FULFILMENTS),
				RelationshipField.ref("CONCERNS", "series", Set.of("ConferenceSeries")), ThemeSection.FIELD);
		alsoDefines("StatusAssessment", "slug");
		alsoRelates("HAS_STATUS");
		readAs(Commitment.class, Commitment::slug, Commitment::from);
	}

	@Override
	public void map(Entry x, Mapping m) {
		Map<String, Object> props = Mapping.props("slug", x.slug(), "text", m.require(x.text(), "text"), "kind",
				Mapping.name(m.parse(m.require(x.kind(), "kind"), CommitmentKind.class, "kind")), "year", x.year(), "note", x.note());
		PartialDate due = m.date(props, "dueDate", x.dueDate(), x.cite(), "dueDate");
		props.putAll(CommitmentSortKeys.of(x.text(), (due != null) ? due.earliest() : null, x.year()));
		Map<String, Object> grounds = m.cited("Commitment", props, x, null);
		if (x.parties().isEmpty()) {
			m.problem(Rule.REQUIRED, "parties", "a commitment needs at least one party");
		}
		m.links("Commitment", x.slug(), "COMMITTED_BY", x.parties(), "parties");
		m.link("Commitment", x.slug(), "TO_BE_HOSTED_BY", x.host(), "host");
		m.link("Commitment", x.slug(), "MADE_IN", x.madeIn(), "madeIn");
		m.links("Commitment", x.slug(), "FULFILLED_BY", x.fulfilledBy(), "fulfilledBy");
		m.ref("Commitment", x.slug(), "CONCERNS", x.series(), "series", Set.of("ConferenceSeries"), grounds, false);
		ThemeSection.onThemes(m, "Commitment", x.slug(), x.themes(), grounds);
		Assessments.history(m, "Commitment", x.slug(), x.statusHistory(), CommitmentStatus.class);
	}

}
