package org.accordgraph.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.accordgraph.evidence.EvidenceLists.SourceFilter;
import org.accordgraph.evidence.EvidenceLists.SourceOrder;
import org.accordgraph.evidence.EvidenceLists.SourceOrderField;
import org.accordgraph.evidence.EvidenceLists.StatisticFilter;
import org.accordgraph.evidence.EvidenceLists.StatisticOrder;
import org.accordgraph.evidence.EvidenceLists.StatisticOrderField;
import org.accordgraph.fact.Bases;
import org.accordgraph.fact.CitedReads;
import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.IntRange;
import org.accordgraph.graphql.KeysetQuery;
import org.accordgraph.graphql.OrderDirection;
import org.accordgraph.graphql.Ordering;
import org.accordgraph.graphql.Ordering.ValueType;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.graphql.Selection;
import org.accordgraph.graphql.SortOrder;
import org.accordgraph.neo4j.BatchQuery;
import org.accordgraph.neo4j.Lookup;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads sources, citations and statistics. */
@Repository
@Transactional(readOnly = true)
class EvidenceRepository {

	private final Neo4jClient neo4j;

	private final CitedReads cited;

	EvidenceRepository(Neo4jClient neo4j, CitedReads cited) {
		this.cited = cited;
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

	Connection<Source> sources(SourceFilter filter, SourceOrder order, PageRequest page, Selection selection) {
		KeysetQuery<Source> query = KeysetQuery.of(this.neo4j, "MATCH (n:Source)", Source::from)
			.counted(selection.has("totalCount"))
			.returning(Source.projection("n"));
		if (filter != null) {
			if (filter.title() != null) {
				query.where("toLower(n.title) CONTAINS toLower($title)", "title", filter.title());
			}
			if (filter.publisher() != null) {
				query.where("toLower(n.publisher) CONTAINS toLower($publisher)", "publisher", filter.publisher());
			}
			if (filter.textHeld() != null) {
				query.where("(n.text IS NOT NULL) = $textHeld", "textHeld", filter.textHeld());
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		Ordering ordering = (order != null && order.field() == SourceOrderField.PUBLISHED_ON)
				? Ordering.by("sources", SourceOrderField.PUBLISHED_ON, direction, "n.publishedOn", ValueType.DATE, "n.slug")
				: Ordering.by("sources", SourceOrderField.TITLE, direction, "toLower(coalesce(n.title, n.publisher))", ValueType.STRING,
						"n.slug");
		return query.page(page, ordering);
	}

	/** The full text of each source whose text we hold, by slug. */
	Map<String, String> texts(List<String> sourceSlugs) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Source)
				WHERE n.slug IN $keys AND n.text IS NOT NULL
				RETURN n.slug AS key, n.text AS text""", sourceSlugs, row -> row.get("text").asString());
	}

	Optional<Statistic> statistic(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:Statistic {slug: $key})", slug, Statistic::from, selection);
	}

	Connection<Statistic> statistics(StatisticFilter filter, StatisticOrder order, PageRequest page,
			Selection selection) {
		KeysetQuery<Statistic> query = this.cited.page("MATCH (n:Statistic)", Statistic::from, selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.measure() != null) {
				query.where("toLower(n.measure) CONTAINS toLower($measure)", "measure", filter.measure());
			}
			if (filter.area() != null) {
				query.where("toLower(n.area) = toLower($area)", "area", filter.area());
			}
			if (filter.year() != null) {
				IntRange years = filter.year().validate("filter.year");
				query.within("n.year", "year", years.from(), years.to());
			}
			if (filter.unit() != null) {
				query.where("n.unit = $unit", "unit", filter.unit().name());
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		StatisticOrderField field = (order != null && order.field() != null) ? order.field() : StatisticOrderField.MEASURE;
		Ordering ordering = switch (field) {
			case YEAR -> Ordering.by("statistics", field, direction, "n.year", ValueType.INTEGER, "n.slug");
			case VALUE -> Ordering.by("statistics", field, direction, "toFloat(n.value)", ValueType.FLOAT, "n.slug");
			case MEASURE -> Ordering.by("statistics", field, direction, "toLower(n.measure)", ValueType.STRING, "n.slug");
		};
		return query.page(page, ordering);
	}

	/** The report each statistic comes from, by statistic slug. */
	Map<String, SourceLink> reports(List<String> statisticSlugs) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Statistic)-[r:REPORTED_IN]->(s:Source)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, %s AS t""".formatted(Source.projection("s")), statisticSlugs,
				SourceLink::from);
	}

}
