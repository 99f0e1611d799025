package org.accordgraph.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accordgraph.actor.Actor;
import org.accordgraph.graphql.NodeTypes;
import org.accordgraph.neo4j.BatchQuery;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.network.Partner.Evidence;
import org.accordgraph.network.TimelineEntry.Kind;
import org.accordgraph.network.TimelineEntry.Role;
import org.neo4j.driver.Record;
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
			"SPOKEN_BY", "IN_CAPACITY_OF", "ADOPTED_AT", "ESTABLISHED", "OF", "ADOPTED_BY", "IN_JURISDICTION_OF",
			"DESIGNATES", "COMMITTED_BY", "MADE_IN", "FULFILLED_BY", "CONCERNS");

	/** One actor by key: a country by ISO code, anything else by slug. */
	private static final String ACTOR_BY_KEY = """
			CALL () {
			  MATCH (n:Country {code: toUpper($%1$s)}) RETURN n
			  UNION MATCH (n:Organisation {slug: $%1$s}) RETURN n
			  UNION MATCH (n:Project {slug: $%1$s}) RETURN n
			  UNION MATCH (n:Person {slug: $%1$s}) RETURN n
			}""";

	private final Neo4jClient neo4j;

	private final NodeTypes nodeTypes;

	NetworkRepository(Neo4jClient neo4j, NodeTypes nodeTypes) {
		this.neo4j = neo4j;
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
	 * The partners of many actors of one label, the most evidenced first.
	 * @param keyProperty {@code code} for countries, {@code slug} otherwise
	 */
	Map<String, List<Partner>> partners(String label, String keyProperty, List<String> keys) {
		Map<String, List<Record>> rows = BatchQuery.many(this.neo4j, """
				MATCH (a:%1$s) WHERE a.%2$s IN $keys
				CALL (a) {
				  MATCH (a)<-[r1:CO_ORGANISED_BY|FUNDED_BY|SUPPORTED_BY]-(via:Conference)
				        -[r2:CO_ORGANISED_BY|FUNDED_BY|SUPPORTED_BY]->(partner)
				  WHERE partner <> a
				  RETURN partner, 'CO_ORGANISED_EVENT' AS way, via, r1.citations + r2.citations AS citations
				  UNION
				  MATCH (a)<-[r1:COMMITTED_BY]-(:Commitment)-[m1:MADE_IN]->(via)<-[m2:MADE_IN]-(:Commitment)
				        -[r2:COMMITTED_BY]->(partner)
				  WHERE partner <> a
				  RETURN partner, 'COMMITTED_IN_SAME_INSTRUMENT' AS way, via,
				         r1.citations + m1.citations + m2.citations + r2.citations AS citations
				  UNION
				  MATCH (a)<-[r1:IMPLEMENTED_BY|FUNDED_BY]-(via:Project)-[r2:IMPLEMENTED_BY|FUNDED_BY]->(partner)
				  WHERE partner <> a
				  RETURN partner, 'SAME_PROJECT' AS way, via, r1.citations + r2.citations AS citations
				  UNION
				  MATCH (a)<-[r:IMPLEMENTED_BY|FUNDED_BY]-(partner:Project)
				  RETURN partner, 'SAME_PROJECT' AS way, partner AS via, r.citations AS citations
				  UNION
				  MATCH (a:Project)-[r:IMPLEMENTED_BY|FUNDED_BY]->(partner)
				  RETURN partner, 'SAME_PROJECT' AS way, a AS via, r.citations AS citations
				}
				UNWIND citations AS citation
				WITH a, partner, way, via, collect(DISTINCT citation) AS citations
				RETURN a.%2$s AS key, partner, way, via, citations
				ORDER BY toLower(partner.name), way, via.slug""".formatted(label, keyProperty), keys, row -> row);
		Map<String, List<Partner>> partners = new LinkedHashMap<>();
		rows.forEach((key, list) -> partners.put(key, partners(list)));
		return partners;
	}

	private List<Partner> partners(List<Record> rows) {
		Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
		Map<String, Actor> actors = new LinkedHashMap<>();
		for (Record row : rows) {
			Node partner = row.get("partner").asNode();
			actors.putIfAbsent(partner.elementId(), Actor.from(partner));
			evidence.computeIfAbsent(partner.elementId(), id -> new ArrayList<>())
				.add(new Evidence(Partner.Way.valueOf(row.get("way").asString()),
						this.nodeTypes.map(row.get("via").asNode()), Fields.texts(row, "citations")));
		}
		List<Partner> partners = new ArrayList<>();
		actors.forEach((id, actor) -> partners.add(new Partner(actor, evidence.get(id))));
		partners.sort((a, b) -> Integer.compare(b.count(), a.count()));
		return partners;
	}

	/** The shortest path of facts between two actors, at most {@code maxLength} facts long. */
	Optional<List<PathStep>> connection(String from, String to, int maxLength) {
		return this.neo4j.query("""
				%s
				WITH n AS a
				%s
				WITH a, n AS b
				MATCH p = shortestPath((a)-[:%s*..%d]-(b))
				RETURN p""".formatted(ACTOR_BY_KEY.formatted("from"), ACTOR_BY_KEY.formatted("to"), FACTS, maxLength))
			.bindAll(Map.of("from", from, "to", to))
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
					Fields.texts(fact, "citations")));
		}
		return steps;
	}

	/**
	 * What happened to or through many actors of one label, in date order: conferences they took
	 * part in (and how), their commitments and what became of them, laws of or acted on by them,
	 * their action plans, posts and statements.
	 */
	Map<String, List<TimelineEntry>> actorTimelines(String label, String keyProperty, List<String> keys) {
		return timelines("""
				MATCH (a:%1$s) WHERE a.%2$s IN $keys
				CALL (a) {
				  MATCH (a)<-[r:HOSTED_BY|CO_ORGANISED_BY|FUNDED_BY|SUPPORTED_BY|ATTENDED_BY]-(s:Conference)
				  RETURN s.startDate AS date, 'CONFERENCE' AS kind, type(r) AS relationship, s AS subject,
				         null AS status, r.citations AS citations
				  UNION ALL
				  MATCH (a)<-[:COMMITTED_BY]-(s:Commitment)-[:HAS_STATUS]->(x:StatusAssessment)
				  RETURN x.date AS date, 'COMMITMENT_STATUS' AS kind, 'COMMITTED_BY' AS relationship, s AS subject,
				         x.status AS status, x.citations AS citations
				  UNION ALL
				  MATCH (a)<-[r:IN_JURISDICTION_OF]-(s:LegalInstrument)-[:HAS_STATUS]->(x:StatusAssessment)
				  RETURN x.date AS date, 'LAW_STATUS' AS kind, 'IN_JURISDICTION_OF' AS relationship, s AS subject,
				         x.status AS status, x.citations AS citations
				  UNION ALL
				  MATCH (a)<-[:BY]-(x:StatusAssessment)<-[:HAS_STATUS]-(s:LegalInstrument)
				  RETURN x.date AS date, 'LAW_STATUS' AS kind, 'BY' AS relationship, s AS subject,
				         x.status AS status, x.citations AS citations
				  UNION ALL
				  MATCH (a)<-[r:OF|ADOPTED_BY]-(s:ActionPlan)
				  RETURN date({year: s.periodStart}) AS date, 'ACTION_PLAN' AS kind, type(r) AS relationship,
				         s AS subject, null AS status, r.citations AS citations
				  UNION ALL
				  MATCH (a)-[r:HELD]->(s:Position)
				  OPTIONAL MATCH (s)-[:HELD_AT]->(c:Conference)
				  RETURN coalesce(s.from, s.heldOn, c.startDate) AS date, 'POSITION' AS kind, 'HELD' AS relationship,
				         s AS subject, null AS status, r.citations AS citations
				  UNION ALL
				  MATCH (a)<-[r:SPOKEN_BY]-(s:Statement)-[:AT]->(c:Conference)
				  RETURN c.startDate AS date, 'STATEMENT' AS kind, 'SPOKEN_BY' AS relationship, s AS subject,
				         null AS status, r.citations AS citations
				}
				WITH a, date, kind, relationship, subject, status, citations WHERE date IS NOT NULL
				RETURN a.%2$s AS key, date, kind, relationship, subject, status, citations
				ORDER BY date, kind, subject.slug""".formatted(label, keyProperty), keys);
	}

	/** The editions of many series, the declarations that set them up, and what became of their undertakings. */
	Map<String, List<TimelineEntry>> seriesTimelines(List<String> series) {
		return timelines("""
				MATCH (a:ConferenceSeries) WHERE a.slug IN $keys
				CALL (a) {
				  MATCH (a)<-[r:EDITION_OF]-(s:Conference)
				  RETURN s.startDate AS date, 'CONFERENCE' AS kind, 'EDITION_OF' AS relationship, s AS subject,
				         null AS status, r.citations AS citations
				  UNION ALL
				  MATCH (a)<-[r:ESTABLISHED]-(s:Declaration)
				  OPTIONAL MATCH (s)-[:ADOPTED_AT]->(c:Conference)
				  RETURN coalesce(s.adoptedOn, c.startDate) AS date, 'DECLARATION' AS kind, 'ESTABLISHED' AS relationship,
				         s AS subject, null AS status, r.citations AS citations
				  UNION ALL
				  MATCH (a)<-[:CONCERNS]-(s:Commitment)-[:HAS_STATUS]->(x:StatusAssessment)
				  RETURN x.date AS date, 'COMMITMENT_STATUS' AS kind, 'CONCERNS' AS relationship, s AS subject,
				         x.status AS status, x.citations AS citations
				}
				WITH a, date, kind, relationship, subject, status, citations WHERE date IS NOT NULL
				RETURN a.slug AS key, date, kind, relationship, subject, status, citations
				ORDER BY date, kind, subject.slug""", series);
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
		return new TimelineEntry(row.get("date").asLocalDate(), kind, role(row.get("relationship").asString()),
				this.nodeTypes.map(subject), Fields.text(row, "status"), Fields.texts(row, "citations"));
	}

	private static Role role(String relationship) {
		return switch (relationship) {
			case "HOSTED_BY" -> Role.HOST;
			case "CO_ORGANISED_BY" -> Role.CO_ORGANISER;
			case "FUNDED_BY" -> Role.FUNDER;
			case "SUPPORTED_BY" -> Role.SUPPORTER;
			case "ATTENDED_BY" -> Role.PARTICIPANT;
			case "EDITION_OF" -> Role.EDITION;
			case "ESTABLISHED" -> Role.ESTABLISHED_BY;
			case "COMMITTED_BY" -> Role.PARTY;
			case "CONCERNS" -> Role.CONCERNED;
			case "IN_JURISDICTION_OF" -> Role.JURISDICTION;
			case "OF" -> Role.COUNTRY;
			case "HELD" -> Role.HOLDER;
			case "SPOKEN_BY" -> Role.SPEAKER;
			default -> Role.ACTOR;
		};
	}

}
