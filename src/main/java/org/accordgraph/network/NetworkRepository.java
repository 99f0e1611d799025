package org.accordgraph.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accordgraph.actor.Actor;
import org.accordgraph.fact.Basis;
import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.format.Label;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.NodeTypes;
import org.accordgraph.neo4j.BatchQuery;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.network.Partner.Evidence;
import org.accordgraph.network.TimelineEntry.Kind;
import org.accordgraph.network.TimelineEntry.Role;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Graph questions: who worked with whom, how actors connect, what happened when. */
@Repository
@Transactional(readOnly = true)
class NetworkRepository {

	/** The relationships that state facts between things, which paths may follow. */
	static final String FACTS = String.join("|", "PART_OF", "BASED_IN", "IMPLEMENTED_BY", "FUNDED_BY", "HELD", "AT",
			"HELD_AT", "EDITION_OF", "HOSTED_BY", "CO_ORGANISED_BY", "SUPPORTED_BY", "ATTENDED_BY", "MARKS",
			"SPOKEN_BY", "IN_CAPACITY_OF", "CALLED_FOR_AT", "ESTABLISHED", "OF", "ADOPTED_BY", "IN_JURISDICTION_OF",
			"DESIGNATES", "COMMITTED_BY", "TO_BE_HOSTED_BY", "MADE_IN", "FULFILLED_BY", "CONCERNS", "AGREED_AT");

	/** One actor by key: a country by ISO code, anything else by slug. */
	private static final String ACTOR_BY_KEY = """
			CALL () {
			  MATCH (n:Country {code: toUpper($%1$s)}) RETURN n
			  UNION MATCH (n:Organisation {slug: $%1$s}) RETURN n
			  UNION MATCH (n:Project {slug: $%1$s}) RETURN n
			  UNION MATCH (n:Person {slug: $%1$s}) RETURN n
			}""";

	private final Neo4jClient neo4j;

	private final Sections sections;

	private final NodeTypes nodeTypes;

	NetworkRepository(Neo4jClient neo4j, NodeTypes nodeTypes, Sections sections) {
		this.neo4j = neo4j;
		this.sections = sections;
		this.nodeTypes = nodeTypes;
	}

	boolean actorExists(String key) {
		return this.neo4j.query(ACTOR_BY_KEY.formatted("key") + " RETURN count(n) > 0")
			.bind(key)
			.to("key")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * Each way an actor {@code a} (of the label and keys formatted in as {@code %1$s} and
	 * {@code %2$s}) worked with a partner, through a conference, instrument or project
	 * ({@code via}), with the facts that show it; for a shared instrument, {@code shared} holds
	 * the grounds (formatted in as {@code %3$s}) of the actor's own commitments in it.
	 */
	private static final String PARTNERSHIPS = """
			MATCH (a:%1$s) WHERE a.%2$s IN $keys
			CALL (a) {
			  MATCH (a)<-[r1:CO_ORGANISED_BY|FUNDED_BY|SUPPORTED_BY]-(via:Conference)
			        -[r2:CO_ORGANISED_BY|FUNDED_BY|SUPPORTED_BY]->(partner)
			  WHERE partner <> a
			  RETURN partner, 'CO_ORGANISED_EVENT' AS way, via, [r1, r2] AS facts, null AS shared
			  UNION
			  MATCH (a)<-[r1:COMMITTED_BY]-(:Commitment)-[m1:MADE_IN]->(via)
			  WITH a, via, collect(r1) + collect(m1) AS own
			  WITH a, via, %3$s AS shared
			  MATCH (via)<-[m2:MADE_IN]-(:Commitment)-[r2:COMMITTED_BY]->(partner)
			  WHERE partner <> a
			  RETURN partner, 'COMMITTED_IN_SAME_INSTRUMENT' AS way, via, collect(m2) + collect(r2) AS facts, shared
			  UNION
			  MATCH (a)<-[r1:IMPLEMENTED_BY|FUNDED_BY]-(via:Project)-[r2:IMPLEMENTED_BY|FUNDED_BY]->(partner)
			  WHERE partner <> a
			  RETURN partner, 'SAME_PROJECT' AS way, via, [r1, r2] AS facts, null AS shared
			  UNION
			  MATCH (a)<-[r:IMPLEMENTED_BY|FUNDED_BY]-(partner:Project)
			  RETURN partner, 'SAME_PROJECT' AS way, partner AS via, [r] AS facts, null AS shared
			  UNION
			  MATCH (a:Project)-[r:IMPLEMENTED_BY|FUNDED_BY]->(partner)
			  RETURN partner, 'SAME_PROJECT' AS way, a AS via, [r] AS facts, null AS shared
			}
			UNWIND facts AS fact
			WITH a, partner, way, via, shared, collect(DISTINCT fact) AS facts
			""";

	/**
	 * The partners of many actors of one label, the most evidenced first, each with its evidence.
	 * @param citations whether to work out each piece of evidence's citations, reasoning and facts
	 * rested on, or its basis only
	 */
	Map<String, List<Partner>> partners(String labelName, List<String> keys, boolean citations) {
		Label label = this.sections.label(labelName);
		Map<String, List<Record>> rows = BatchQuery.many(this.neo4j, PARTNERSHIPS.formatted(label,
				label.keyProperty(), groundsOf("own", citations)) + """
				RETURN a.%1$s AS key, partner, way, via, %2$s AS grounds, shared
				ORDER BY toLower(partner.name), way, via.slug""".formatted(label.keyProperty(),
				groundsOf("facts", citations)), keys, row -> row);
		Map<String, List<Partner>> partners = new LinkedHashMap<>();
		rows.forEach((key, list) -> partners.put(key, partners(list)));
		return partners;
	}

	/**
	 * The partners of many actors of one label, counted in the database for a request that does
	 * not ask for the evidence: each partner's ways, and how many pieces of evidence known in the
	 * ways given show it, the most evidenced first. A piece of evidence is known as well as the
	 * weakest of its facts (and, for a shared instrument, of the actor's own commitments in it).
	 */
	Map<String, List<Partner>> partnerCounts(String labelName, List<String> keys, Collection<Basis> bases) {
		Label label = this.sections.label(labelName);
		return BatchQuery.many(this.neo4j, PARTNERSHIPS.formatted(label, label.keyProperty(),
				groundsOf("own", false)) + """
				WITH a, partner, way, %2$s AS grounds, shared
				WITH a, partner, way, [grounds.basis, shared.basis] AS bases
				WITH a, partner, way, CASE WHEN 'ASSUMED' IN bases THEN 'ASSUMED'
				                           WHEN 'INFERRED' IN bases THEN 'INFERRED' ELSE 'STATED' END AS basis
				WHERE basis IN $bases
				WITH a, partner, collect(DISTINCT way) AS ways, count(*) AS count
				RETURN a.%1$s AS key, partner, ways, count
				ORDER BY count DESC, toLower(partner.name)""".formatted(label.keyProperty(), groundsOf("facts", false)),
				keys, Map.of("bases", bases.stream().map(Enum::name).toList()),
				row -> Partner.counted(Actor.from(row.get("partner").asNode()),
						row.get("ways").asList(way -> Partner.Way.valueOf(way.asString())), row.get("count").asInt()));
	}

	/**
	 * The grounds of the facts in a list of relationships, as {@link Grounds#from} reads them,
	 * worked out in the database: a busy actor's partnerships rest on tens of thousands of facts,
	 * which would otherwise cross the driver each with all its properties. Without
	 * {@code citations}, only the weakest basis: the citations, reasoning and facts rested on are
	 * most of the work, and a request that does not show them does not need them.
	 */
	private static String groundsOf(String facts, boolean citations) {
		String basis = """
				{basis: CASE WHEN any(f IN %1$s WHERE f.basis = 'ASSUMED') THEN 'ASSUMED'
				             WHEN any(f IN %1$s WHERE f.basis = 'INFERRED') THEN 'INFERRED' ELSE 'STATED' END""";
		if (!citations) {
			return basis.formatted(facts) + "}";
		}
		return basis.formatted(facts) + """
				,
				 citations: COLLECT { UNWIND %1$s AS f UNWIND coalesce(f.citations, []) AS c RETURN DISTINCT c },
				 reasoning: reduce(joined = null, r IN COLLECT { UNWIND %1$s AS f WITH f.reasoning AS r
				                                              WHERE r IS NOT NULL RETURN DISTINCT r }
				                   | coalesce(joined + ' ', '') + r),
				 restsOn: COLLECT { UNWIND %1$s AS f UNWIND coalesce(f.restsOn, []) AS x RETURN DISTINCT x }}"""
			.formatted(facts);
	}

	private List<Partner> partners(List<Record> rows) {
		Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
		Map<String, Actor> actors = new LinkedHashMap<>();
		Map<String, Object> vias = new HashMap<>();
		for (Record row : rows) {
			Node partner = row.get("partner").asNode();
			Node via = row.get("via").asNode();
			actors.computeIfAbsent(partner.elementId(), id -> Actor.from(partner));
			Grounds grounds = Grounds.from(row.get("grounds"));
			Value shared = row.get("shared");
			evidence.computeIfAbsent(partner.elementId(), id -> new ArrayList<>())
				.add(new Evidence(Partner.Way.valueOf(row.get("way").asString()),
						vias.computeIfAbsent(via.elementId(), id -> this.nodeTypes.map(via)),
						shared.isNull() ? grounds : Grounds.together(List.of(Grounds.from(shared), grounds))));
		}
		List<Partner> partners = new ArrayList<>();
		actors.forEach((id, actor) -> partners.add(Partner.evidenced(actor, evidence.get(id))));
		partners.sort(null);
		return partners;
	}

	/** The shortest path of facts between two actors, at most {@code maxLength} facts long. */
	Optional<List<PathStep>> connection(String from, String to, int maxLength, List<Basis> bases) {
		return this.neo4j.query("""
				%s
				WITH n AS a
				%s
				WITH a, n AS b
				MATCH p = shortestPath((a)-[:%s*..%d]-(b))
				WHERE all(fact IN relationships(p) WHERE fact.basis IN $bases)
				RETURN p""".formatted(ACTOR_BY_KEY.formatted("from"), ACTOR_BY_KEY.formatted("to"), FACTS, maxLength))
			.bindAll(Map.of("from", from, "to", to, "bases", bases.stream().map(Enum::name).toList()))
			.fetchAs(Path.class)
			.mappedBy((types, row) -> row.get("p").asPath())
			.one()
			.map(this::steps);
	}

	private List<PathStep> steps(Path path) {
		List<PathStep> steps = new ArrayList<>();
		for (Path.Segment segment : path) {
			Relationship fact = segment.relationship();
			steps.add(new PathStep(this.nodeTypes.map(segment.start()), fact.type(),
					!fact.startNodeElementId().equals(segment.start().elementId()), this.nodeTypes.map(segment.end()),
					Grounds.from(fact)));
		}
		return steps;
	}

	/**
	 * What happened to or through many actors of one label, in date order: conferences they took
	 * part in (and how), their commitments and what became of them, laws of or acted on by them,
	 * their action plans, posts and statements.
	 */
	Map<String, List<TimelineEntry>> actorTimelines(String labelName, List<String> keys) {
		Label label = this.sections.label(labelName);
		return timelines("""
				MATCH (a:%1$s) WHERE a.%2$s IN $keys
				CALL (a) {
				  MATCH (a)<-[r:HOSTED_BY|CO_ORGANISED_BY|FUNDED_BY|SUPPORTED_BY|ATTENDED_BY]-(s:Conference)
				  RETURN s AS dated, 'startDate' AS dateField, 'CONFERENCE' AS kind, type(r) AS relationship,
				         s AS subject, null AS status, [r] AS facts
				  UNION ALL
				  MATCH (a)<-[p:COMMITTED_BY|TO_BE_HOSTED_BY]-(s:Commitment)-[:HAS_STATUS]->(x:StatusAssessment)
				  RETURN x AS dated, 'date' AS dateField, 'COMMITMENT_STATUS' AS kind, type(p) AS relationship,
				         s AS subject, x.status AS status, [x, p] AS facts
				  UNION ALL
				  MATCH (a)<-[r:IN_JURISDICTION_OF]-(s:LegalInstrument)-[:HAS_STATUS]->(x:StatusAssessment)
				  RETURN x AS dated, 'date' AS dateField, 'LAW_STATUS' AS kind, 'IN_JURISDICTION_OF' AS relationship,
				         s AS subject, x.status AS status, [x] AS facts
				  UNION ALL
				  MATCH (a)<-[:BY]-(x:StatusAssessment)<-[:HAS_STATUS]-(s:LegalInstrument)
				  RETURN x AS dated, 'date' AS dateField, 'LAW_STATUS' AS kind, 'BY' AS relationship, s AS subject,
				         x.status AS status, [x] AS facts
				  UNION ALL
				  MATCH (a)<-[r:OF|ADOPTED_BY]-(s:ActionPlan)
				  RETURN {start: date({year: s.periodStart}), startLatest: date({year: s.periodStart, month: 12, day: 31}),
				          startPrecision: 'YEAR'} AS dated, 'start' AS dateField, 'ACTION_PLAN' AS kind,
				         type(r) AS relationship, s AS subject, null AS status, [r] AS facts
				  UNION ALL
				  MATCH (a)-[r:HELD]->(s:Position)
				  OPTIONAL MATCH (s)-[:HELD_AT]->(c:Conference)
				  RETURN CASE WHEN s.from IS NULL AND s.heldOn IS NULL THEN c ELSE s END AS dated,
				         CASE WHEN s.from IS NOT NULL THEN 'from' WHEN s.heldOn IS NOT NULL THEN 'heldOn'
				              ELSE 'startDate' END AS dateField,
				         'POSITION' AS kind, 'HELD' AS relationship, s AS subject, null AS status, [r] AS facts
				  UNION ALL
				  MATCH (a)<-[r:SPOKEN_BY]-(s:Statement)-[:AT]->(c:Conference)
				  RETURN c AS dated, 'startDate' AS dateField, 'STATEMENT' AS kind, 'SPOKEN_BY' AS relationship,
				         s AS subject, null AS status, [r] AS facts
				}
				WITH a, dated, dateField, kind, relationship, subject, status, facts WHERE dated[dateField] IS NOT NULL
				RETURN a.%2$s AS key, dated, dateField, kind, relationship, subject, status, facts
				ORDER BY dated[dateField], kind, subject.slug, relationship""".formatted(label, label.keyProperty()), keys);
	}

	/** The editions of many series, the declarations that set them up, and what became of their undertakings. */
	Map<String, List<TimelineEntry>> seriesTimelines(List<String> series) {
		return timelines("""
				MATCH (a:ConferenceSeries) WHERE a.slug IN $keys
				CALL (a) {
				  MATCH (a)<-[r:EDITION_OF]-(s:Conference)
				  RETURN s AS dated, 'startDate' AS dateField, 'CONFERENCE' AS kind, 'EDITION_OF' AS relationship,
				         s AS subject, null AS status, [r] AS facts
				  UNION ALL
				  MATCH (a)-[r:AGREED_AT]->(s:Conference)
				  RETURN s AS dated, 'startDate' AS dateField, 'CONFERENCE' AS kind, 'AGREED_AT' AS relationship,
				         s AS subject, null AS status, [r] AS facts
				  UNION ALL
				  MATCH (a)<-[r:ESTABLISHED]-(s:Declaration)
				  OPTIONAL MATCH (s)-[:CALLED_FOR_AT]->(c:Conference)
				  RETURN CASE WHEN s.adoptedOn IS NULL THEN c ELSE s END AS dated,
				         CASE WHEN s.adoptedOn IS NULL THEN 'startDate' ELSE 'adoptedOn' END AS dateField,
				         'DECLARATION' AS kind, 'ESTABLISHED' AS relationship, s AS subject, null AS status, [r] AS facts
				  UNION ALL
				  MATCH (a)<-[:CONCERNS]-(s:Commitment)-[:HAS_STATUS]->(x:StatusAssessment)
				  RETURN x AS dated, 'date' AS dateField, 'COMMITMENT_STATUS' AS kind, 'CONCERNS' AS relationship,
				         s AS subject, x.status AS status, [x] AS facts
				}
				WITH a, dated, dateField, kind, relationship, subject, status, facts WHERE dated[dateField] IS NOT NULL
				RETURN a.slug AS key, dated, dateField, kind, relationship, subject, status, facts
				ORDER BY dated[dateField], kind, subject.slug, relationship""", series);
	}

	private Map<String, List<TimelineEntry>> timelines(String cypher, List<String> keys) {
		Map<String, List<Record>> rows = BatchQuery.many(this.neo4j, cypher, keys, row -> row);
		Map<String, List<TimelineEntry>> timelines = new LinkedHashMap<>();
		rows.forEach((key, list) -> {
			Set<String> undertaken = new HashSet<>();
			timelines.put(key, list.stream().map(row -> entry(row, undertaken)).toList());
		});
		return timelines;
	}

	/** The first assessment of a commitment is the undertaking itself. */
	private TimelineEntry entry(Record row, Set<String> undertaken) {
		Node subject = row.get("subject").asNode();
		Kind kind = Kind.valueOf(row.get("kind").asString());
		if (kind == Kind.COMMITMENT_STATUS && undertaken.add(subject.elementId())) {
			kind = Kind.COMMITMENT_MADE;
		}
		return new TimelineEntry(PartialDate.from(row.get("dated"), row.get("dateField").asString()), kind,
				role(row.get("relationship").asString()), this.nodeTypes.map(subject), Fields.text(row, "status"),
				Grounds.together(row.get("facts").asList(Grounds::from)));
	}

	private static Role role(String relationship) {
		return switch (relationship) {
			case "HOSTED_BY" -> Role.HOST;
			case "CO_ORGANISED_BY" -> Role.CO_ORGANISER;
			case "FUNDED_BY" -> Role.FUNDER;
			case "SUPPORTED_BY" -> Role.SUPPORTER;
			case "ATTENDED_BY" -> Role.PARTICIPANT;
			case "EDITION_OF" -> Role.EDITION;
			case "AGREED_AT" -> Role.AGREED_AT;
			case "ESTABLISHED" -> Role.ESTABLISHED_BY;
			case "COMMITTED_BY" -> Role.PARTY;
			case "TO_BE_HOSTED_BY" -> Role.NAMED_HOST;
			case "CONCERNS" -> Role.CONCERNED;
			case "IN_JURISDICTION_OF" -> Role.JURISDICTION;
			case "OF" -> Role.COUNTRY;
			case "HELD" -> Role.HOLDER;
			case "SPOKEN_BY" -> Role.SPEAKER;
			default -> Role.ACTOR;
		};
	}

}
