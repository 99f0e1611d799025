package org.accordgraph.actor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.accordgraph.actor.Links.CountryLink;
import org.accordgraph.actor.Links.OrganisationLink;
import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.KeysetQuery;
import org.accordgraph.graphql.Ordering;
import org.accordgraph.graphql.Ordering.SortKey;
import org.accordgraph.graphql.Ordering.ValueType;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.neo4j.BatchQuery;
import org.accordgraph.neo4j.Lookup;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads countries, organisations, projects, people and the relationships between them. */
@Repository
@Transactional(readOnly = true)
class ActorRepository {

	static final Ordering COUNTRIES_BY_NAME = byName("countries/name", "n.code");

	static final Ordering ORGANISATIONS_BY_NAME = byName("organisations/name", "n.slug");

	static final Ordering PROJECTS_BY_NAME = byName("projects/name", "n.slug");

	static final Ordering PEOPLE_BY_NAME = byName("people/name", "n.slug");

	private final Neo4jClient neo4j;

	ActorRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	private static Ordering byName(String name, String key) {
		return Ordering.of(name, SortKey.ascending("toLower(n.name)", ValueType.STRING),
				SortKey.ascending(key, ValueType.STRING));
	}

	/** @param code an ISO 3166-1 alpha-2 code, in any case */
	Optional<Country> country(String code) {
		return one("MATCH (n:Country {code: $key}) RETURN n", code.toUpperCase(Locale.ROOT), Country::from);
	}

	Optional<Organisation> organisation(String slug) {
		return one("MATCH (n:Organisation {slug: $key}) RETURN n", slug, Organisation::from);
	}

	Optional<Project> project(String slug) {
		return one("MATCH (n:Project {slug: $key}) RETURN n", slug, Project::from);
	}

	Optional<Person> person(String slug) {
		return one("MATCH (n:Person {slug: $key}) RETURN n", slug, Person::from);
	}

	Connection<Country> countries(PageRequest page) {
		return KeysetQuery.of(this.neo4j, "MATCH (n:Country)", Country::from).page(page, COUNTRIES_BY_NAME);
	}

	Connection<Organisation> organisations(PageRequest page) {
		return KeysetQuery.of(this.neo4j, "MATCH (n:Organisation)", Organisation::from)
			.page(page, ORGANISATIONS_BY_NAME);
	}

	Connection<Project> projects(PageRequest page) {
		return KeysetQuery.of(this.neo4j, "MATCH (n:Project)", Project::from).page(page, PROJECTS_BY_NAME);
	}

	Connection<Person> people(PageRequest page) {
		return KeysetQuery.of(this.neo4j, "MATCH (n:Person)", Person::from).page(page, PEOPLE_BY_NAME);
	}

	List<SupportType> supportTypes() {
		return List.copyOf(this.neo4j.query("MATCH (n:SupportType) RETURN n ORDER BY n.slug")
			.fetchAs(SupportType.class)
			.mappedBy((types, record) -> SupportType.from(record.get("n")))
			.all());
	}

	Map<String, OrganisationLink> partOf(List<String> organisations) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Organisation)-[r:PART_OF]->(t:Organisation)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""", organisations, Links::organisation);
	}

	Map<String, List<OrganisationLink>> parts(List<String> organisations) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:Organisation)-[r:PART_OF]->(n:Organisation)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY toLower(t.name)""", organisations, Links::organisation);
	}

	Map<String, CountryLink> basedIn(List<String> organisations) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Organisation)-[r:BASED_IN]->(t:Country)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""", organisations, Links::country);
	}

	/** @param type {@code IMPLEMENTED_BY} or {@code FUNDED_BY} */
	Map<String, List<OrganisationLink>> projectOrganisations(List<String> projects, String type) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:Project)-[r:%s]->(t:Organisation)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY toLower(t.name)""".formatted(type), projects, Links::organisation);
	}

	/** The posts of each person, the earliest known first. */
	Map<String, List<Position>> positions(List<String> people) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:Person)-[:HELD]->(p:Position)
				WHERE n.slug IN $keys
				OPTIONAL MATCH (p)-[:HELD_AT]->(c:Conference)
				RETURN n.slug AS key, p
				ORDER BY coalesce(p.from, p.heldOn, c.startDate, p.until, date('9999-12-31')), p.slug""", people,
				row -> Position.from(row.get("p")));
	}

	/** The people who held posts in each organisation. */
	Map<String, List<Position>> positionsIn(List<String> organisations) {
		return BatchQuery.many(this.neo4j, """
				MATCH (p:Position)-[:AT]->(n:Organisation)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, p ORDER BY p.slug""", organisations, row -> Position.from(row.get("p")));
	}

	Map<String, Organisation> organisationOf(List<String> positions) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Position)-[:AT]->(t:Organisation)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t""", positions, row -> Organisation.from(row.get("t")));
	}

	Map<String, Person> holderOf(List<String> positions) {
		return BatchQuery.one(this.neo4j, """
				MATCH (t:Person)-[:HELD]->(n:Position)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t""", positions, row -> Person.from(row.get("t")));
	}

	private <T> Optional<T> one(String cypher, String key, Function<MapAccessor, T> mapper) {
		return Lookup.byKey(this.neo4j, cypher, key, mapper);
	}

}
