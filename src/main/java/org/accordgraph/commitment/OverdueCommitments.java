package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.actor.Country;
import org.accordgraph.event.ConferenceSeries;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments overdue on a day: due before it, and neither fulfilled, failed nor withdrawn by
 * then as far as the graph knows: their latest assessment on or before the day is older than
 * their due date and said pending or in progress (their status that day is UNKNOWN), or they have
 * no assessment that old at all. Grouped by the countries party to them or named to host them, and
 * by the conference series they concern.
 */
@Repository
@Transactional(readOnly = true)
class OverdueCommitments {

	/** The report: every overdue commitment, earliest due first, and the same by country and by series. */
	record OverdueReport(LocalDate asOf, List<Commitment> commitments, List<ByCountry> byCountry,
			List<BySeries> bySeries) {
	}

	record ByCountry(Country country, List<Commitment> commitments) {
	}

	record BySeries(ConferenceSeries series, List<Commitment> commitments) {
	}

	private record Row(Commitment commitment, List<Country> countries, List<ConferenceSeries> series) {
	}

	private final Neo4jClient neo4j;

	OverdueCommitments(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	OverdueReport on(LocalDate asOf) {
		List<Commitment> commitments = new ArrayList<>();
		Map<String, Country> countries = new LinkedHashMap<>();
		Map<String, List<Commitment>> ofCountry = new LinkedHashMap<>();
		Map<String, ConferenceSeries> series = new LinkedHashMap<>();
		Map<String, List<Commitment>> ofSeries = new LinkedHashMap<>();
		this.neo4j.query("""
				MATCH (n:Commitment) WHERE n.dueDateLatest < $statusAsOf
				WITH n, %s AS status
				WHERE status IS NULL OR status = 'UNKNOWN'
				RETURN n,
				  COLLECT { MATCH (n)-[:COMMITTED_BY|TO_BE_HOSTED_BY]->(c:Country) RETURN DISTINCT c ORDER BY c.code } AS countries,
				  COLLECT { MATCH (n)-[:CONCERNS]->(s:ConferenceSeries) RETURN s ORDER BY s.slug } AS series
				ORDER BY n.dueDateLatest, n.slug""".formatted(CommitmentRepository.STATUS_ON_DAY))
			.bind(asOf)
			.to("statusAsOf")
			.fetchAs(Row.class)
			.mappedBy((types, record) -> new Row(Commitment.from(record.get("n").asNode()),
					record.get("countries").asList(value -> Country.from(value.asNode())),
					record.get("series").asList(value -> ConferenceSeries.from(value.asNode()))))
			.all()
			.forEach(row -> {
				commitments.add(row.commitment());
				row.countries().forEach(country -> {
					countries.putIfAbsent(country.code(), country);
					ofCountry.computeIfAbsent(country.code(), code -> new ArrayList<>()).add(row.commitment());
				});
				row.series().forEach(one -> {
					series.putIfAbsent(one.slug(), one);
					ofSeries.computeIfAbsent(one.slug(), slug -> new ArrayList<>()).add(row.commitment());
				});
			});
		return new OverdueReport(asOf, commitments,
				countries.values().stream().map(c -> new ByCountry(c, ofCountry.get(c.code()))).toList(),
				series.values().stream().map(s -> new BySeries(s, ofSeries.get(s.slug()))).toList());
	}

}
