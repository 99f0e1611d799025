package org.accordgraph.actor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.accordgraph.actor.ActorLists.CountryFilter;
import org.accordgraph.actor.ActorLists.CountryOrder;
import org.accordgraph.actor.ActorLists.CountryOrderField;
import org.accordgraph.actor.ActorLists.NameOrder;
import org.accordgraph.actor.ActorLists.NameOrderField;
import org.accordgraph.actor.ActorLists.OrganisationFilter;
import org.accordgraph.actor.ActorLists.OrganisationOrder;
import org.accordgraph.actor.ActorLists.OrganisationOrderField;
import org.accordgraph.actor.ActorLists.PersonFilter;
import org.accordgraph.actor.ActorLists.ProjectFilter;
import org.accordgraph.actor.Links.CountryLink;
import org.accordgraph.actor.Links.OrganisationLink;
import org.accordgraph.fact.Bases;
import org.accordgraph.fact.CitedReads;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.Connection;
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

/** Reads countries, organisations, projects, people and the relationships between them. */
@Repository
@Transactional(readOnly = true)
class ActorRepository {

	/** Words in any of a node's names: name, acronym, other names, names in other languages. */
	private static final String ANY_NAME_CONTAINS = """
			any(name IN [n.name, n.acronym] + coalesce(n.alsoKnownAs, []) + [k IN keys(n) WHERE k STARTS WITH 'name_' | n[k]]
			    WHERE toLower(name) CONTAINS toLower($name))""";

	private final Neo4jClient neo4j;

	private final Sections sections;

	private final CitedReads cited;

	ActorRepository(Neo4jClient neo4j, Sections sections, CitedReads cited) {
		this.neo4j = neo4j;
		this.sections = sections;
		this.cited = cited;
	}

	/** @param code an ISO 3166-1 alpha-2 code, in any case */
	Optional<Country> country(String code, Selection selection) {
		return this.cited.byKey("MATCH (n:Country {code: $key})", code.toUpperCase(Locale.ROOT), Country::from,
				selection);
	}

	Optional<Organisation> organisation(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:Organisation {slug: $key})", slug, Organisation::from, selection);
	}

	Optional<Project> project(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:Project {slug: $key})", slug, Project::from, selection);
	}

	Optional<Person> person(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:Person {slug: $key})", slug, Person::from, selection);
	}

	Optional<Position> position(String slug) {
		return Lookup.byKey(this.neo4j, "MATCH (n:Position {slug: $key}) RETURN n", slug, Position::from);
	}

	Connection<Country> countries(CountryFilter filter, CountryOrder order, PageRequest page, Selection selection) {
		KeysetQuery<Country> query = this.cited.page("MATCH (n:Country)", Country::from, selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.name() != null) {
				query.where(ANY_NAME_CONTAINS, "name", filter.name());
			}
			if (filter.region() != null) {
				query.where("toLower(n.region) = toLower($region)", "region", filter.region());
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		Ordering ordering = (order != null && order.field() == CountryOrderField.CODE)
				? Ordering.by("countries", CountryOrderField.CODE, direction, "n.code", ValueType.STRING, "n.code")
				: Ordering.by("countries", CountryOrderField.NAME, direction, "toLower(n.name)", ValueType.STRING, "n.code");
		return query.page(page, ordering);
	}

	Connection<Organisation> organisations(OrganisationFilter filter, OrganisationOrder order, PageRequest page,
			Selection selection) {
		KeysetQuery<Organisation> query = this.cited.page("MATCH (n:Organisation)", Organisation::from, selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.name() != null) {
				query.where(ANY_NAME_CONTAINS, "name", filter.name());
			}
			if (filter.kind() != null && !filter.kind().isEmpty()) {
				query.where("n.kind IN $kinds", "kinds", filter.kind().stream().map(Enum::name).toList());
			}
			if (filter.basedIn() != null) {
				Map<String, Object> country = Map.of("basedIn", filter.basedIn().toUpperCase(Locale.ROOT));
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:BASED_IN]->",
						"(:Country {code: $basedIn})", country,
						"filter.basedIn", filter.basedIn(), "is not the ISO code of a country in the graph");
			}
			if (filter.partOf() != null) {
				Map<String, Object> whole = Map.of("partOf", filter.partOf());
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:PART_OF]->",
						"(:Organisation {slug: $partOf})", whole,
						"filter.partOf", filter.partOf(), "is not the slug of an organisation");
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		Ordering ordering = (order != null && order.field() == OrganisationOrderField.ESTABLISHED_ON)
				? Ordering.by("organisations", OrganisationOrderField.ESTABLISHED_ON, direction, "n.establishedOn",
						ValueType.DATE, "n.slug")
				: Ordering.by("organisations", OrganisationOrderField.NAME, direction, "toLower(n.name)",
						ValueType.STRING, "n.slug");
		return query.page(page, ordering);
	}

	Connection<Project> projects(ProjectFilter filter, NameOrder order, PageRequest page, Selection selection) {
		KeysetQuery<Project> query = this.cited.page("MATCH (n:Project)", Project::from, selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.name() != null) {
				query.where(ANY_NAME_CONTAINS, "name", filter.name());
			}
			if (filter.organisation() != null) {
				Map<String, Object> organisation = Map.of("organisation", filter.organisation());
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:IMPLEMENTED_BY|FUNDED_BY]->",
						"(:Organisation {slug: $organisation})", organisation,
						"filter.organisation", filter.organisation(), "is not the slug of an organisation");
			}
		}
		return query.page(page, byName("projects", order));
	}

	Connection<Person> people(PersonFilter filter, NameOrder order, PageRequest page, Selection selection) {
		KeysetQuery<Person> query = this.cited.page("MATCH (n:Person)", Person::from, selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.name() != null) {
				query.where(ANY_NAME_CONTAINS, "name", filter.name());
			}
			if (filter.organisation() != null) {
				Map<String, Object> organisation = Map.of("organisation", filter.organisation());
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:HELD]->(:Position)-[:AT]->",
						"(:Organisation {slug: $organisation})", organisation,
						"filter.organisation", filter.organisation(), "is not the slug of an organisation");
			}
		}
		return query.page(page, byName("people", order));
	}

	private static Ordering byName(String list, NameOrder order) {
		return Ordering.by(list, NameOrderField.NAME, SortOrder.directionOf(order), "toLower(n.name)", ValueType.STRING, "n.slug");
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
				RETURN n.slug AS key, r, t ORDER BY toLower(t.name)""".formatted(this.sections.relationshipType(type)), projects,
				Links::organisation);
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

}
