package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.accordgraph.actor.Actor;
import org.accordgraph.actor.Country;
import org.accordgraph.actor.Links;
import org.accordgraph.actor.Links.ActorLink;
import org.accordgraph.actor.Links.CountryLink;
import org.accordgraph.commitment.CommitmentLinks.FulfilmentLink;
import org.accordgraph.commitment.CommitmentLinks.OriginLink;
import org.accordgraph.event.Conference;
import org.accordgraph.event.ConferenceSeries;
import org.accordgraph.fact.Bases;
import org.accordgraph.fact.CitedReads;
import org.accordgraph.fact.Grounds;
import org.accordgraph.format.Label;
import org.accordgraph.format.RelationshipType;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.DateRange;
import org.accordgraph.graphql.IntRange;
import org.accordgraph.graphql.KeysetQuery;
import org.accordgraph.graphql.OrderDirection;
import org.accordgraph.graphql.Ordering;
import org.accordgraph.graphql.Ordering.ValueType;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.graphql.Selection;
import org.accordgraph.graphql.SortOrder;
import org.accordgraph.instrument.StatusHistory;
import org.accordgraph.neo4j.BatchQuery;
import org.accordgraph.neo4j.Fields;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads commitments, who made them, where, what fulfilled them and their status history. */
@Repository
@Transactional(readOnly = true)
class CommitmentRepository {

	/**
	 * The status of the commitment {@code n} on the day {@code $statusAsOf}, as a Cypher
	 * expression: its latest assessment's, or UNKNOWN where it fell due after that assessment
	 * while open (as {@link CommitmentStatusAssessment#onDay} says); null if none is that old.
	 */
	static final String STATUS_ON_DAY = """
			COLLECT { MATCH (n)-[:HAS_STATUS]->(s:StatusAssessment) WHERE s.date <= $statusAsOf
			          RETURN CASE WHEN s.status IN ['PENDING', 'IN_PROGRESS'] AND n.dueDateLatest < $statusAsOf
			                       AND s.date <= n.dueDateLatest THEN 'UNKNOWN' ELSE s.status END
			          ORDER BY s.date DESC, s.slug DESC LIMIT 1 }[0]""";

	/**
	 * The commitments of one party, found from the party's node rather than by testing every
	 * commitment: a country by its code, anything else by its slug, each through its label's index.
	 */
	private static final String OF_PARTY = """
			CALL () {
			  MATCH (p:Country {code: $partyCode}) RETURN p
			  UNION MATCH (p:Organisation {slug: $party}) RETURN p
			  UNION MATCH (p:Project {slug: $party}) RETURN p
			  UNION MATCH (p:Person {slug: $party}) RETURN p
			}
			MATCH (p)<-[party:COMMITTED_BY]-(n:Commitment)""";


	/** What a commitment may be made in, as a label expression: the section's own labels. */
	private static final String ORIGINS = String.join("|", new TreeSet<>(CommitmentSection.ORIGINS));

	/** The actor a filter names: a country by its code, anything else by its slug. */
	private static final String ACTOR = "(a WHERE (a:Country AND a.code = $partyCode)"
			+ " OR (a:Organisation|Project|Person AND a.slug = $party))";

	private final Neo4jClient neo4j;

	private final Sections sections;

	private final CitedReads cited;

	CommitmentRepository(Neo4jClient neo4j, Sections sections, CitedReads cited) {
		this.neo4j = neo4j;
		this.sections = sections;
		this.cited = cited;
	}

	/** @param selection what the request selects of the commitment: its levels read in the same statement */
	Optional<Commitment> commitment(String slug, Selection selection) {
		CommitmentLevels levels = new CommitmentLevels(selection);
		return this.cited.byKey("MATCH (n:Commitment {slug: $key})", slug, Commitment::from, selection,
				levels.columns(), levels::prime);
	}

	/**
	 * @param selection what the request selects of the connection: {@code totalCount} and the
	 * levels of each node are read in the page's statement
	 */
	Connection<Commitment> commitments(CommitmentFilter filter, CommitmentOrder order, PageRequest page,
			Selection selection) {
		boolean ofParty = filter != null && filter.party() != null;
		CommitmentLevels levels = new CommitmentLevels(selection.below("edges/node"));
		KeysetQuery<Commitment> query = this.cited
			.page(ofParty ? OF_PARTY : "MATCH (n:Commitment)", Commitment::from, selection)
			.eachRow(levels::prime);
		levels.columns().forEach(query::also);
		if (ofParty) {
			Map<String, Object> party = Map.of("party", filter.party(), "partyCode", filter.party().toUpperCase(Locale.ROOT));
			query.requireExisting("filter.party", ACTOR, party, filter.party(),
					"is neither a country's ISO code nor the slug of an organisation, project or person");
			query.bind(party);
			if (filter.basis() != null && !filter.basis().isEmpty()) {
				query.where("coalesce(party.basis, 'STATED') IN $partyBases", "partyBases", names(filter.basis()));
			}
		}
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.kind() != null && !filter.kind().isEmpty()) {
				query.where("n.kind IN $kinds", "kinds", filter.kind().stream().map(Enum::name).toList());
			}
			if (filter.text() != null) {
				query.where("n.textKey CONTAINS toLower($text)", "text", filter.text());
			}
			if (filter.host() != null) {
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:TO_BE_HOSTED_BY]->", "(:Country {code: $host})",
						Map.of("host", filter.host().toUpperCase(Locale.ROOT)), "filter.host", filter.host(),
						"is not a country's ISO code");
			}
			if (filter.series() != null) {
				Map<String, Object> series = Map.of("series", filter.series());
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:CONCERNS]->",
						"(:ConferenceSeries {slug: $series})", series,
						"filter.series", filter.series(), "is not the slug of a conference series");
			}
			if (filter.year() != null) {
				IntRange years = filter.year().validate("filter.year");
				query.within("n.year", "year", years.from(), years.to());
			}
			if (filter.dueDate() != null) {
				DateRange due = filter.dueDate().validate("filter.dueDate");
				query.meeting("n.dueDate", "n.dueDateLatest", "due", due.from(), due.to());
			}
			LocalDate statusAsOf = StatusHistory.dayOrToday(filter.statusAsOf());
			if (filter.status() != null && !filter.status().isEmpty()) {
				query.where(STATUS_ON_DAY + " IN $statuses",
						Map.of("statuses", names(filter.status()), "statusAsOf", statusAsOf));
			}
			if (filter.statusNot() != null && !filter.statusNot().isEmpty()) {
				query.where("NOT coalesce(" + STATUS_ON_DAY + ", '') IN $statusesNot",
						Map.of("statusesNot", names(filter.statusNot()), "statusAsOf", statusAsOf));
			}
			if (filter.madeIn() != null) {
				Map<String, Object> madeIn = Map.of("madeIn", filter.madeIn());
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:MADE_IN]->",
						"(:%s {slug: $madeIn})".formatted(ORIGINS), madeIn,
						"filter.madeIn", filter.madeIn(), "is not the slug of a conference, declaration, action plan, law or statement");
			}
			if (filter.theme() != null) {
				Bases.keepLinkedTo(query, filter.basis(), "(n)-[r:ON_THEME]->", "(:Theme {code: $theme})",
						Map.of("theme", filter.theme().name()));
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		CommitmentOrder.Field field = (order != null && order.field() != null) ? order.field()
				: CommitmentOrder.Field.DUE_DATE;
		Ordering ordering = switch (field) {
			case DUE_DATE -> Ordering.byStoredKey("commitments", field, direction, "dueDate", ValueType.DATE, "n.slug");
			case YEAR -> Ordering.byStoredKey("commitments", field, direction, "year", ValueType.INTEGER, "n.slug");
			case TEXT -> Ordering.byRequired("commitments", field, direction, "n.textKey", ValueType.STRING, "n.slug");
		};
		return query.page(page, ordering);
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

	Map<String, List<ActorLink>> parties(List<String> commitments) {
		return BatchQuery.one(this.neo4j, ofEach(CommitmentLevels.PARTIES), commitments,
				row -> CommitmentLevels.parties(row.get("level")));
	}

	/** The country each undertaking to host names. */
	Map<String, CountryLink> hosts(List<String> commitments) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Commitment)-[r:TO_BE_HOSTED_BY]->(t:Country)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""", commitments, Links::country);
	}

	Map<String, OriginLink> origins(List<String> commitments) {
		return BatchQuery.one(this.neo4j, ofEach(CommitmentLevels.ORIGIN), commitments,
				row -> CommitmentLevels.origin(row.get("level")));
	}

	Map<String, List<FulfilmentLink>> fulfilments(List<String> commitments) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:Commitment)-[r:FULFILLED_BY]->(t)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY coalesce(t.startDate, date('9999-12-31')), t.slug""", commitments,
				CommitmentLinks::fulfilment);
	}

	Map<String, ConferenceSeries> seriesOf(List<String> commitments) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Commitment)-[:CONCERNS]->(t:ConferenceSeries)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t""", commitments, row -> ConferenceSeries.from(row.get("t")));
	}

	/** The status history of each commitment, oldest first. */
	Map<String, List<CommitmentStatusAssessment>> statusHistories(List<String> commitments) {
		return BatchQuery.one(this.neo4j, ofEach(CommitmentLevels.STATUS_HISTORY), commitments,
				row -> CommitmentLevels.statusHistory(row.get("level")));
	}

	/**
	 * A batch statement reading one of {@link CommitmentLevels}' levels for each commitment whose
	 * slug is in {@code $keys}, as {@code level}; the level is the code's own text.
	 */
	private static String ofEach(String level) {
		return """
				MATCH (n:Commitment)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, %s AS level""".formatted(level);
	}

	Map<String, Actor> actorsOf(List<String> assessments) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:StatusAssessment)-[:BY]->(t)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t""", assessments, row -> Actor.from(row.get("t").asNode()));
	}

	boolean seriesExists(String series) {
		return this.neo4j.query("MATCH (s:ConferenceSeries {slug: $series}) RETURN count(s) > 0")
			.bind(series)
			.to("series")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * The hosting rotation of each series, by year: the HOST_EVENT commitments of the series, the
	 * country each names to host, and the edition that fulfilled it or is scheduled in its year.
	 * The series' editions are read once, by year, not once per undertaking.
	 */
	Map<String, List<HostingSlot>> hostingRotations(List<String> series) {
		return BatchQuery.many(this.neo4j, """
				MATCH (s:ConferenceSeries)
				WHERE s.slug IN $keys
				WITH s, COLLECT { MATCH (edition:Conference)-[:EDITION_OF]->(s)
				                  RETURN {year: edition.startDate.year, edition: edition} } AS editions
				MATCH (s)<-[:CONCERNS]-(c:Commitment {kind: 'HOST_EVENT'})-[r:TO_BE_HOSTED_BY]->(k:Country)
				WITH s, c, r, k, head(COLLECT { MATCH (c)-[:FULFILLED_BY]->(held:Conference) RETURN held }
				                      + [e IN editions WHERE e.year = c.year | e.edition]) AS conference
				RETURN s.slug AS key, c, r, k, conference,
				       COLLECT { MATCH (c)-[:HAS_STATUS]->(a:StatusAssessment) RETURN a ORDER BY a.date, a.slug }
				         AS statusHistory
				ORDER BY c.year, k.code""", series, row -> new HostingSlot(Fields.integer(row.get("c"), "year"),
				Country.from(row.get("k")),
				row.get("conference").isNull() ? null : Conference.from(row.get("conference")),
				Commitment.from(row.get("c")),
				row.get("statusHistory").asList(CommitmentStatusAssessment::from), null,
				Grounds.from(row.get("r"))));
	}

	/** The commitments each actor made, by due date; actors are named by code (countries) or slug. */
	Map<String, List<Commitment>> commitmentsOf(String label, List<String> actors) {
		return linkedTo(this.sections.relationshipType("COMMITTED_BY"), this.sections.label(label), actors);
	}

	/** The commitments made in each declaration, action plan or statement (a label), by slug. */
	Map<String, List<Commitment>> commitmentsMadeIn(String label, List<String> origins) {
		return linkedTo(this.sections.relationshipType("MADE_IN"), this.sections.label(label), origins);
	}

	Map<String, List<Commitment>> commitmentsOn(List<String> themes) {
		return linkedTo(this.sections.relationshipType("ON_THEME"), this.sections.label("Theme"), themes);
	}

	/** The undertakings to host that name each country (by code) as their host. */
	Map<String, List<Commitment>> commitmentsToBeHostedBy(List<String> countries) {
		return linkedTo(this.sections.relationshipType("TO_BE_HOSTED_BY"), this.sections.label("Country"), countries);
	}

	/**
	 * The commitments linked by a relationship of the type to each of many nodes of the label (by
	 * their keys), by due date, each as reached through that relationship. The type, the label and
	 * its key property come from the registry (only it makes them); the keys travel as a parameter.
	 */
	private Map<String, List<Commitment>> linkedTo(RelationshipType type, Label label, List<String> keys) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:Commitment)-[r:%s]->(n:%s)
				WHERE n.%s IN $keys
				RETURN n.%s AS key, t, r ORDER BY t.dueDate, t.slug""".formatted(type, label, label.keyProperty(),
				label.keyProperty()), keys,
				row -> Commitment.from(row.get("t")).through(row.get("r")));
	}

}
