package org.accordgraph.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.KeysetQuery;
import org.accordgraph.graphql.Ordering;
import org.accordgraph.graphql.Ordering.SortKey;
import org.accordgraph.graphql.Ordering.ValueType;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.neo4j.BatchQuery;
import org.accordgraph.neo4j.Lookup;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads sources, citations and statistics. */
@Repository
@Transactional(readOnly = true)
class EvidenceRepository {

	static final Ordering SOURCES_BY_TITLE = Ordering.of("sources/title",
			SortKey.ascending("toLower(n.title)", ValueType.STRING), SortKey.ascending("n.slug", ValueType.STRING));

	static final Ordering STATISTICS_BY_SLUG = Ordering.of("statistics/slug",
			SortKey.ascending("n.slug", ValueType.STRING));

	private final Neo4jClient neo4j;

	EvidenceRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Map<String, Citation> citations(Collection<String> keys) {
		return this.neo4j.query("""
				MATCH (c:Citation)-[:FROM_SOURCE]->(s:Source)
				WHERE c.key IN $keys
				RETURN c, %s AS s""".formatted(Source.projection("s")))
			.bind(keys)
			.to("keys")
			.fetchAs(Citation.class)
			.mappedBy((types, record) -> Citation.from(record.get("c"), record.get("s")))
			.all()
			.stream()
			.collect(Collectors.toMap(Citation::key, citation -> citation));
	}

	Optional<Source> source(String slug) {
		return Lookup.byKey(this.neo4j, "MATCH (s:Source {slug: $key}) RETURN " + Source.projection("s"), slug,
				Source::from);
	}

	Connection<Source> sources(PageRequest page) {
		return KeysetQuery.of(this.neo4j, "MATCH (n:Source)", Source::from)
			.returning(Source.projection("n"))
			.page(page, SOURCES_BY_TITLE);
	}

	/** The full text of each source whose text we hold, by slug. */
	Map<String, String> texts(List<String> sourceSlugs) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Source)
				WHERE n.slug IN $keys AND n.text IS NOT NULL
				RETURN n.slug AS key, n.text AS text""", sourceSlugs, row -> row.get("text").asString());
	}

	Optional<Statistic> statistic(String slug) {
		return Lookup.byKey(this.neo4j, "MATCH (n:Statistic {slug: $key}) RETURN n", slug, Statistic::from);
	}

	Connection<Statistic> statistics(PageRequest page) {
		return KeysetQuery.of(this.neo4j, "MATCH (n:Statistic)", Statistic::from).page(page, STATISTICS_BY_SLUG);
	}

	/** The report each statistic comes from, by statistic slug. */
	Map<String, Source> reports(List<String> statisticSlugs) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Statistic)-[:REPORTED_IN]->(s:Source)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, %s AS s""".formatted(Source.projection("s")), statisticSlugs,
				row -> Source.from(row.get("s")));
	}

}
