package org.accordgraph.benchmark;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

/**
 * The canonical read operations, each as the GraphQL request a front end sends and as the
 * Cypher one would write by hand for the same answer (the yardstick), with the part of each
 * answer that must agree. Parameters name things the {@link SyntheticGraph} holds.
 */
final class Operations {

	private Operations() {
	}

	/**
	 * @param graphQlAnswer the JSONPath-like path of the GraphQL answer to compare, read by
	 * {@link Answers#at}
	 * @param cypherAnswer the same answer read from the Cypher rows
	 */
	record Operation(String name, String document, Map<String, Object> variables, String cypher,
			Map<String, Object> parameters, String graphQlAnswer, CypherAnswer cypherAnswer) {
	}

	interface CypherAnswer {

		Object of(List<Record> rows);

	}

	static List<Operation> all(Fixture fixture) {
		return List.of(lookup(fixture), busyCountry(fixture), rotation(fixture), filteredByText(),
				filteredByDate(), lastPage(), deepPage(fixture), search(), partners(fixture), connection(fixture));
	}

	static Operation lookup(Fixture fixture) {
		return new Operation("lookup by slug, with citations", """
				query($slug: String!) { organisation(slug: $slug) { name kind citations { quote source { name url } } } }""",
				Map.of("slug", fixture.organisation()), """
				MATCH (o:Organisation {slug: $slug})
				RETURN o.name AS name, o.kind AS kind,
				       COLLECT { UNWIND o.citations AS key
				                 MATCH (c:Citation {key: key})-[:FROM_SOURCE]->(s:Source)
				                 RETURN {quote: c.quote, source: {name: coalesce(s.title, s.publisher), url: s.url}} } AS citations""",
				Map.of("slug", fixture.organisation()), "organisation.citations[*].quote",
				rows -> rows.get(0).get("citations").asList(value -> value.get("quote").asString()));
	}

	static Operation busyCountry(Fixture fixture) {
		return new Operation("busy country's commitments, first 50", """
				query($party: String!) { commitments(filter: {party: $party}, first: 50) {
				  totalCount
				  edges { node { slug text parties { actor { name } } madeIn { origin { __typename ... on Declaration { slug } ... on ActionPlan { slug } ... on LegalInstrument { slug } } }
				    status { status } citations { quote } } } } }""",
				Map.of("party", fixture.busyCountry()), """
				MATCH (p:Country {code: $party})<-[:COMMITTED_BY]-(n:Commitment)
				WITH n ORDER BY n.dueDate, n.slug
				WITH collect(n) AS matched
				UNWIND matched[0..50] AS n
				RETURN size(matched) AS total, n.slug AS slug, n.text AS text,
				       COLLECT { MATCH (n)-[:COMMITTED_BY]->(a) RETURN a.name } AS parties,
				       COLLECT { MATCH (n)-[:MADE_IN]->(i) RETURN i.slug }[0] AS madeIn,
				       COLLECT { MATCH (n)-[:HAS_STATUS]->(s) WHERE s.date <= date() RETURN s.status ORDER BY s.date DESC LIMIT 1 }[0] AS status,
				       COLLECT { UNWIND n.citations AS key MATCH (c:Citation {key: key}) RETURN c.quote } AS citations""",
				Map.of("party", fixture.busyCountry()), "commitments.edges[*].node.slug",
				rows -> rows.stream().map(row -> row.get("slug").asString()).toList());
	}

	static Operation rotation(Fixture fixture) {
		return new Operation("hosting rotation of a series", """
				query($series: String!) { hostingRotation(series: $series) { year country { code } conference { slug } status { status } } }""",
				Map.of("series", fixture.series()), """
				MATCH (:ConferenceSeries {slug: $series})<-[:CONCERNS]-(c:Commitment {kind: 'HOST_EVENT'})-[:TO_BE_HOSTED_BY]->(k:Country)
				OPTIONAL MATCH (c)-[:FULFILLED_BY]->(held:Conference)
				RETURN c.year AS year, k.code AS code, held.slug AS conference,
				       COLLECT { MATCH (c)-[:HAS_STATUS]->(s) WHERE s.date <= date() RETURN s.status ORDER BY s.date DESC LIMIT 1 }[0] AS status
				ORDER BY year, code""",
				Map.of("series", fixture.series()), "hostingRotation[*].country.code",
				rows -> rows.stream().map(row -> row.get("code").asString()).toList());
	}

	static Operation filteredByText() {
		return new Operation("commitments by theme and kind, sorted by text", """
				query { commitments(filter: {theme: PARTNERSHIP, kind: [COOPERATE]}, orderBy: {field: TEXT}, first: 20) {
				  totalCount edges { node { slug text } } } }""",
				Map.of(), """
				MATCH (n:Commitment {kind: 'COOPERATE'})-[:ON_THEME]->(:Theme {code: 'PARTNERSHIP'})
				WITH n ORDER BY n.textKey, n.slug
				WITH collect(n) AS matched
				UNWIND matched[0..20] AS n
				RETURN size(matched) AS total, n.slug AS slug, n.text AS text""",
				Map.of(), "commitments.edges[*].node.slug",
				rows -> rows.stream().map(row -> row.get("slug").asString()).toList());
	}

	static Operation filteredByDate() {
		return new Operation("commitments due in a range, sorted by due date", """
				query { commitments(filter: {dueDate: {from: "2020-01-01", to: "2020-12-31"}, kind: [SUPPORT]}, first: 20) {
				  totalCount edges { node { slug dueDate { iso } } } } }""",
				Map.of(), """
				MATCH (n:Commitment {kind: 'SUPPORT'})
				WHERE n.dueDateLatest >= date('2020-01-01') AND n.dueDate <= date('2020-12-31')
				WITH n ORDER BY n.dueDate, n.slug
				WITH collect(n) AS matched
				UNWIND matched[0..20] AS n
				RETURN size(matched) AS total, n.slug AS slug""",
				Map.of(), "commitments.edges[*].node.slug",
				rows -> rows.stream().map(row -> row.get("slug").asString()).toList());
	}

	static Operation lastPage() {
		return new Operation("last page of all commitments", """
				query { commitments(last: 50) { edges { node { slug } } } }""",
				Map.of(), """
				MATCH (n:Commitment) WHERE n.sortDueDateAsc IS NOT NULL
				WITH n ORDER BY n.sortDueDateAsc DESC, n.slug DESC LIMIT 50
				RETURN n.slug AS slug ORDER BY n.sortDueDateAsc, n.slug""",
				Map.of(), "commitments.edges[*].node.slug",
				rows -> rows.stream().map(row -> row.get("slug").asString()).toList());
	}

	static Operation deepPage(Fixture fixture) {
		return new Operation("a page deep in all commitments, by cursor", """
				query($after: String!) { commitments(first: 50, after: $after) { edges { node { slug } } } }""",
				Map.of("after", fixture.middleCursor()), """
				MATCH (n:Commitment)
				WHERE n.sortDueDateAsc >= $dueDate AND NOT (n.sortDueDateAsc = $dueDate AND n.slug <= $slug)
				RETURN n.slug AS slug ORDER BY n.sortDueDateAsc, n.slug LIMIT 50""",
				Map.of("dueDate", fixture.middleDueDate(), "slug", fixture.middleSlug()), "commitments.edges[*].node.slug",
				rows -> rows.stream().map(row -> row.get("slug").asString()).toList());
	}

	static Operation search() {
		return new Operation("full-text search", """
				query { search(text: "border training", first: 20) { type score node { __typename } } }""",
				Map.of(), """
				CALL db.index.fulltext.queryNodes('search_text', '+border* +training*') YIELD node, score
				RETURN labels(node)[0] AS type, score ORDER BY score DESC, elementId(node) LIMIT 20""",
				Map.of(), "search.length()", List::size);
	}

	static Operation partners(Fixture fixture) {
		return new Operation("partners of a busy organisation", """
				query($slug: String!) { organisation(slug: $slug) { partners { actor { name } ways count } } }""",
				Map.of("slug", fixture.busyOrganisation()), """
				MATCH (a:Organisation {slug: $slug})
				CALL (a) {
				  MATCH (a)<-[:CO_ORGANISED_BY|FUNDED_BY|SUPPORTED_BY]-(via:Conference)-[:CO_ORGANISED_BY|FUNDED_BY|SUPPORTED_BY]->(partner)
				  WHERE partner <> a RETURN partner, via
				  UNION
				  MATCH (a)<-[:COMMITTED_BY]-(:Commitment)-[:MADE_IN]->(via)
				  WITH DISTINCT a, via
				  MATCH (via)<-[:MADE_IN]-(:Commitment)-[:COMMITTED_BY]->(partner)
				  WHERE partner <> a RETURN DISTINCT partner, via
				  UNION
				  MATCH (a)<-[:IMPLEMENTED_BY|FUNDED_BY]-(via:Project)-[:IMPLEMENTED_BY|FUNDED_BY]->(partner)
				  WHERE partner <> a RETURN partner, via
				  UNION
				  MATCH (a)<-[:IMPLEMENTED_BY|FUNDED_BY]-(partner:Project) RETURN partner, partner AS via
				}
				RETURN partner.name AS name, count(DISTINCT via) AS count ORDER BY count DESC, toLower(name)""",
				Map.of("slug", fixture.busyOrganisation()), "organisation.partners[*].count",
				rows -> rows.stream().map(row -> row.get("count").asInt()).toList());
	}

	static Operation connection(Fixture fixture) {
		return new Operation("connection between two distant actors", """
				query($from: String!, $to: String!) { connection(from: $from, to: $to) { relationship reversed } }""",
				Map.of("from", fixture.distantFrom(), "to", fixture.distantTo()), """
				MATCH (a:Organisation {slug: $from}), (b:Organisation {slug: $to})
				MATCH p = shortestPath((a)-[:PART_OF|BASED_IN|IMPLEMENTED_BY|FUNDED_BY|HELD|AT|HELD_AT|EDITION_OF|HOSTED_BY|CO_ORGANISED_BY|SUPPORTED_BY|ATTENDED_BY|MARKS|SPOKEN_BY|IN_CAPACITY_OF|CALLED_FOR_AT|ESTABLISHED|OF|ADOPTED_BY|IN_JURISDICTION_OF|DESIGNATES|COMMITTED_BY|TO_BE_HOSTED_BY|MADE_IN|FULFILLED_BY|CONCERNS|AGREED_AT*..6]-(b))
				RETURN size(relationships(p)) AS length""",
				Map.of("from", fixture.distantFrom(), "to", fixture.distantTo()), "connection.length()",
				rows -> rows.isEmpty() ? null : rows.get(0).get("length").asInt());
	}

	/** What the operations ask about, found in the loaded graph. */
	record Fixture(String organisation, String busyCountry, String series, String middleCursor, Object middleDueDate,
			String middleSlug, String busyOrganisation, String distantFrom, String distantTo) {
	}

}
