package org.accordgraph.proposal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What the graph already holds of what a document states: the facts a proposal would repeat. */
@Repository
@Transactional(readOnly = true)
class ProposalRepository {

	private final Neo4jClient neo4j;

	ProposalRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The conference held in the city that began on the day (or, with no day, in the year). */
	Optional<String> conference(String city, String startDate) {
		return this.neo4j.query("""
				MATCH (c:Conference) WHERE toLower(c.city) = toLower($city)
				  AND (toString(c.startDate) = $start OR (size($start) = 4 AND c.startDate.year = toInteger($start)))
				RETURN c.slug ORDER BY c.startDate LIMIT 1""")
			.bindAll(Map.of("city", city, "start", startDate))
			.fetchAs(String.class)
			.one();
	}

	/** The conference held in the city under that title or another name of it. */
	Optional<String> conferenceTitled(String city, String title) {
		return this.neo4j.query("""
				MATCH (c:Conference) WHERE toLower(c.city) = toLower($city)
				  AND any(name IN [c.title] + coalesce(c.alsoKnownAs, []) WHERE toLower(name) = toLower($title))
				RETURN c.slug ORDER BY c.startDate LIMIT 1""")
			.bindAll(Map.of("city", city, "title", title))
			.fetchAs(String.class)
			.one();
	}

	/** The country whose conferences were held in the city, if they all were in one. */
	Optional<String> countryOfCity(String city) {
		return this.neo4j.query("""
				MATCH (c:Conference)-[:HOSTED_BY]->(k:Country) WHERE toLower(c.city) = toLower($city)
				WITH collect(DISTINCT k.code) AS codes WHERE size(codes) = 1
				RETURN codes[0]""")
			.bind(city)
			.to("city")
			.fetchAs(String.class)
			.one();
	}

	/** Whether the event already has the relationship of the type to the actor (a slug or a country's code). */
	boolean linked(String event, String type, String actor) {
		return this.neo4j.query("""
				RETURN EXISTS { MATCH (c {slug: $event})-[r]->(a) WHERE type(r) = $type AND (a.slug = $actor OR a.code = $actor) }""")
			.bindAll(Map.of("event", event, "type", type, "actor", actor))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** The undertaking to host an edition in the year that names the country as host, and its series. */
	Optional<Map<String, Object>> hostUndertaking(String country, int year) {
		return this.neo4j.query("""
				MATCH (n:Commitment {kind: 'HOST_EVENT', year: $year})-[:TO_BE_HOSTED_BY]->(:Country {code: $country})
				OPTIONAL MATCH (n)-[:CONCERNS]->(s:ConferenceSeries)
				RETURN n.slug AS slug, s.slug AS series LIMIT 1""")
			.bindAll(Map.of("country", country, "year", year))
			.fetch()
			.one();
	}

	/** The undertakings made at the event other than to host an edition: their words, by slug. */
	Map<String, String> undertakingsMadeIn(String event) {
		Map<String, String> made = new LinkedHashMap<>();
		this.neo4j.query("""
				MATCH (n:Commitment)-[:MADE_IN]->({slug: $event}) WHERE n.kind <> 'HOST_EVENT'
				RETURN n.slug AS slug, n.text AS text ORDER BY n.slug""")
			.bind(event)
			.to("event")
			.fetch()
			.all()
			.forEach(row -> made.put((String) row.get("slug"), (String) row.get("text")));
		return made;
	}

	/**
	 * The statement the person made at the event, if the graph holds one: the one whose words begin
	 * the quotation, where the graph holds several.
	 */
	Optional<String> statement(String speaker, String event, String quotation) {
		return this.neo4j.query("""
				MATCH (s:Statement)-[:SPOKEN_BY]->(:Person {slug: $speaker}), (s)-[:AT]->({slug: $event})
				RETURN s.slug ORDER BY CASE WHEN $quotation STARTS WITH left(s.text, 40) THEN 0 ELSE 1 END, s.slug LIMIT 1""")
			.bindAll(Map.of("speaker", speaker, "event", event, "quotation", quotation))
			.fetchAs(String.class)
			.one();
	}

	/** The person's post of that title, if the graph holds it. */
	Optional<String> position(String person, String title) {
		return this.neo4j.query("""
				MATCH (:Person {slug: $person})-[:HELD]->(p:Position) WHERE toLower(p.title) = toLower($title)
				RETURN p.slug LIMIT 1""")
			.bindAll(Map.of("person", person, "title", title))
			.fetchAs(String.class)
			.one();
	}

	/** The graph's statistic of that value, unit and year, if it holds one. */
	Optional<String> statistic(double value, String unit, int year) {
		return this.neo4j.query("""
				MATCH (s:Statistic) WHERE s.value = $value AND s.unit = $unit AND s.year = $year
				RETURN s.slug ORDER BY s.slug LIMIT 1""")
			.bindAll(Map.of("value", value, "unit", unit, "year", year))
			.fetchAs(String.class)
			.one();
	}

	/** The graph's action plan of that country and period, if it holds one. */
	Optional<String> actionPlan(String country, int start, int end) {
		return this.neo4j.query("""
				MATCH (p:ActionPlan)-[:OF]->(:Country {code: $country})
				WHERE p.periodStart = $start AND p.periodEnd = $end
				RETURN p.slug LIMIT 1""")
			.bindAll(Map.of("country", country, "start", start, "end", end))
			.fetchAs(String.class)
			.one();
	}

	/** The graph's law of that country whose title is this one, if it holds one. */
	Optional<String> law(String country, String title) {
		return this.neo4j.query("""
				MATCH (l:LegalInstrument)-[:IN_JURISDICTION_OF]->(:Country {code: $country})
				WHERE toLower(l.title) = toLower($title) OR any(n IN coalesce(l.alsoKnownAs, []) WHERE toLower(n) = toLower($title))
				RETURN l.slug LIMIT 1""")
			.bindAll(Map.of("country", country, "title", title))
			.fetchAs(String.class)
			.one();
	}

	/** The acronym and other names of the organisation. */
	Map<String, Object> organisationNames(String slug) {
		return this.neo4j.query("""
				MATCH (o:Organisation {slug: $slug})
				RETURN o.acronym AS acronym, coalesce(o.alsoKnownAs, []) AS alsoKnownAs""")
			.bind(slug)
			.to("slug")
			.fetch()
			.one()
			.orElse(Map.of());
	}

	/** The name of the person of that slug, if the graph holds one: a name written in another script meets it so. */
	Optional<String> personName(String slug) {
		return this.neo4j.query("MATCH (p:Person {slug: $slug}) RETURN p.name")
			.bind(slug)
			.to("slug")
			.fetchAs(String.class)
			.one();
	}

	/** The slug of the source whose address is the url, if the graph holds it. */
	Optional<String> sourceAt(String url) {
		return this.neo4j.query("MATCH (s:Source {url: $url}) RETURN s.slug LIMIT 1")
			.bind(url)
			.to("url")
			.fetchAs(String.class)
			.one();
	}

	/** The date of the source, if the graph holds it. */
	Optional<LocalDate> publishedOn(String source) {
		return this.neo4j.query("MATCH (s:Source {slug: $source}) WHERE s.publishedOn IS NOT NULL RETURN s.publishedOn")
			.bind(source)
			.to("source")
			.fetchAs(LocalDate.class)
			.one();
	}

}
