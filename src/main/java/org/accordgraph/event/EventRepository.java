package org.accordgraph.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.accordgraph.actor.Links;
import org.accordgraph.actor.Links.ActorLink;
import org.accordgraph.actor.Links.CountryLink;
import org.accordgraph.actor.Person;
import org.accordgraph.actor.Position;
import org.accordgraph.event.EventLinks.ConferenceLink;
import org.accordgraph.event.EventLinks.ConferenceSeriesLink;
import org.accordgraph.event.EventLinks.ObservanceLink;
import org.accordgraph.event.EventLinks.TopicLink;
import org.accordgraph.event.EventLists.ConferenceFilter;
import org.accordgraph.event.EventLists.ConferenceOrder;
import org.accordgraph.event.EventLists.ConferenceOrderField;
import org.accordgraph.event.EventLists.StatementFilter;
import org.accordgraph.event.EventLists.StatementOrder;
import org.accordgraph.event.EventLists.StatementOrderField;
import org.accordgraph.evidence.Source;
import org.accordgraph.evidence.SourceLink;
import org.accordgraph.fact.Bases;
import org.accordgraph.fact.CitedReads;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.DateRange;
import org.accordgraph.graphql.KeysetQuery;
import org.accordgraph.graphql.OrderDirection;
import org.accordgraph.graphql.Ordering;
import org.accordgraph.graphql.Ordering.ValueType;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.graphql.Selection;
import org.accordgraph.graphql.SortOrder;
import org.accordgraph.neo4j.BatchQuery;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads conferences, their series, observances and statements, and who took part how. */
@Repository
@Transactional(readOnly = true)
class EventRepository {

	/** How actors were involved in a conference: the relationship's type. */
	enum Involvement {

		CO_ORGANISED_BY, FUNDED_BY, SUPPORTED_BY, ATTENDED_BY

	}

	private final Neo4jClient neo4j;

	private final CitedReads cited;

	private final Sections sections;

	EventRepository(Neo4jClient neo4j, Sections sections, CitedReads cited) {
		this.cited = cited;
		this.neo4j = neo4j;
		this.sections = sections;
	}

	Optional<Conference> conference(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:Conference {slug: $key})", slug, Conference::from, selection);
	}

	Optional<ConferenceSeries> series(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:ConferenceSeries {slug: $key})", slug, ConferenceSeries::from, selection);
	}

	Optional<Observance> observance(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:Observance {slug: $key})", slug, Observance::from, selection);
	}

	Optional<Statement> statement(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:Statement {slug: $key})", slug, Statement::from, selection);
	}

	Connection<Conference> conferences(ConferenceFilter filter, ConferenceOrder order, PageRequest page,
			Selection selection) {
		KeysetQuery<Conference> query = this.cited.page("MATCH (n:Conference)", Conference::from, selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.title() != null) {
				query.where("toLower(n.title) CONTAINS toLower($title)", "title", filter.title());
			}
			if (filter.city() != null) {
				query.where("toLower(n.city) = toLower($city)", "city", filter.city());
			}
			if (filter.series() != null) {
				Map<String, Object> series = Map.of("series", filter.series());
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:EDITION_OF]->",
						"(:ConferenceSeries {slug: $series})", series,
						"filter.series", filter.series(), "is not the slug of a conference series");
			}
			if (filter.hostedBy() != null) {
				Map<String, Object> host = Map.of("hostedBy", filter.hostedBy().toUpperCase(Locale.ROOT));
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:HOSTED_BY]->",
						"(:Country {code: $hostedBy})", host,
						"filter.hostedBy", filter.hostedBy(), "is not the ISO code of a country in the graph");
			}
			if (filter.actor() != null) {
				Map<String, Object> actor = Map.of("actor", filter.actor(), "actorCode",
						filter.actor().toUpperCase(Locale.ROOT));
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:CO_ORGANISED_BY|FUNDED_BY|SUPPORTED_BY|ATTENDED_BY]->",
						"(a WHERE (a:Country AND a.code = $actorCode) OR (a:Organisation|Project|Person AND a.slug = $actor))",
						actor, "filter.actor", filter.actor(),
						"is neither a country's ISO code nor the slug of an organisation, project or person");
			}
			if (filter.date() != null) {
				DateRange dates = filter.date().validate("filter.date");
				query.meeting("n.startDate", "n.startDateLatest", "date", dates.from(), dates.to());
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		Ordering ordering = (order != null && order.field() == ConferenceOrderField.TITLE)
				? Ordering.by("conferences", ConferenceOrderField.TITLE, direction, "toLower(n.title)", ValueType.STRING,
						"n.slug")
				: Ordering.by("conferences", ConferenceOrderField.START_DATE, direction, "n.startDate", ValueType.DATE,
						"n.slug");
		return query.page(page, ordering);
	}

	Connection<Statement> statements(StatementFilter filter, StatementOrder order, PageRequest page,
			Selection selection) {
		KeysetQuery<Statement> query = this.cited.page("MATCH (n:Statement)", Statement::from, selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.direct() != null) {
				query.where("n.direct = $direct", "direct", filter.direct());
			}
			if (filter.text() != null) {
				query.where("toLower(n.text) CONTAINS toLower($text)", "text", filter.text());
			}
			if (filter.speaker() != null) {
				Map<String, Object> speaker = Map.of("speaker", filter.speaker());
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:SPOKEN_BY]->",
						"(:Person {slug: $speaker})", speaker,
						"filter.speaker", filter.speaker(), "is not the slug of a person");
			}
			if (filter.event() != null) {
				Map<String, Object> event = Map.of("event", filter.event());
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:AT]->",
						"(:Conference {slug: $event})", event,
						"filter.event", filter.event(), "is not the slug of a conference");
			}
			if (filter.theme() != null) {
				Bases.keepLinkedTo(query, filter.basis(), "(n)-[r:ON_THEME]->", "(:Theme {code: $theme})",
						Map.of("theme", filter.theme().name()));
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		Ordering ordering = (order != null && order.field() == StatementOrderField.SPEAKER)
				? Ordering.by("statements", StatementOrderField.SPEAKER, direction,
						"COLLECT { MATCH (n)-[:SPOKEN_BY]->(p:Person) RETURN toLower(p.name) }[0]", ValueType.STRING,
						"n.slug")
				: Ordering.by("statements", StatementOrderField.EVENT_DATE, direction,
						"COLLECT { MATCH (n)-[:AT]->(c:Conference) RETURN c.startDate }[0]", ValueType.DATE, "n.slug");
		return query.page(page, ordering);
	}

	/** The editions of each series, by date. */
	Map<String, List<Conference>> editions(List<String> series) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:Conference)-[r:EDITION_OF]->(n:ConferenceSeries)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t, r ORDER BY t.startDate""", series,
				row -> Conference.from(row.get("t")).through(row.get("r")));
	}

	Map<String, ConferenceSeriesLink> seriesOf(List<String> conferences) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Conference)-[r:EDITION_OF]->(t:ConferenceSeries)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""", conferences, EventLinks::series);
	}

	Map<String, CountryLink> hosts(List<String> conferences) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Conference)-[r:HOSTED_BY]->(t:Country)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""", conferences, Links::country);
	}

	Map<String, List<ActorLink>> involved(List<String> conferences, Involvement involvement) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:Conference)-[r:%s]->(t)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY toLower(t.name)""".formatted(this.sections.relationshipType(involvement.name())), conferences,
				Links::actor);
	}

	Map<String, ObservanceLink> marks(List<String> conferences) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Conference)-[r:MARKS]->(t:Observance)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""", conferences, EventLinks::observance);
	}

	/** The topics each conference or statement (a label) discussed, by slug. */
	Map<String, List<TopicLink>> topics(String label, List<String> slugs) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:%s)-[r:DISCUSSED]->(t:Topic)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY t.slug""".formatted(this.sections.label(label)), slugs, EventLinks::topic);
	}

	/** The sources each statement refers to, by slug. */
	Map<String, List<SourceLink>> sourcesReferredTo(List<String> statements) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:Statement)-[r:REFERS_TO]->(s:Source)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, %s AS t ORDER BY s.slug""".formatted(Source.projection("s")), statements,
				SourceLink::from);
	}

	/** The conference whose delegates agreed to hold each series. */
	Map<String, ConferenceLink> agreedAt(List<String> series) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:ConferenceSeries)-[r:AGREED_AT]->(t:Conference)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""", series, EventLinks::conference);
	}

	Map<String, List<Statement>> statementsAt(List<String> conferences) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:Statement)-[r:AT]->(n:Conference)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t, r ORDER BY t.slug""", conferences,
				row -> Statement.from(row.get("t")).through(row.get("r")));
	}

	Map<String, List<Statement>> statementsBy(List<String> people) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:Statement)-[r:SPOKEN_BY]->(n:Person)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t, r ORDER BY t.slug""", people,
				row -> Statement.from(row.get("t")).through(row.get("r")));
	}

	Map<String, List<Statement>> statementsOn(List<String> themes) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:Statement)-[r:ON_THEME]->(n:Theme)
				WHERE n.code IN $keys
				RETURN n.code AS key, t, r ORDER BY t.slug""", themes,
				row -> Statement.from(row.get("t")).through(row.get("r")));
	}

	Map<String, List<Observance.YearTheme>> yearThemes(List<String> observances) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:Observance)-[:HAD_THEME]->(t:ObservanceTheme)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t ORDER BY t.year""", observances, row -> Observance.YearTheme.from(row.get("t")));
	}

	Map<String, Person> speakers(List<String> statements) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Statement)-[:SPOKEN_BY]->(t:Person)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t""", statements, row -> Person.from(row.get("t")));
	}

	Map<String, Position> capacities(List<String> statements) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Statement)-[:IN_CAPACITY_OF]->(t:Position)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t""", statements, row -> Position.from(row.get("t")));
	}

	Map<String, Conference> eventsOf(List<String> statements) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Statement)-[:AT]->(t:Conference)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t""", statements, row -> Conference.from(row.get("t")));
	}

	Map<String, Conference> heldAt(List<String> positions) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Position)-[:HELD_AT]->(t:Conference)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t""", positions, row -> Conference.from(row.get("t")));
	}

	/** The conferences each country hosted, by date. */
	Map<String, List<Conference>> hostedBy(List<String> countries) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:Conference)-[r:HOSTED_BY]->(n:Country)
				WHERE n.code IN $keys
				RETURN n.code AS key, t, r ORDER BY t.startDate""", countries,
				row -> Conference.from(row.get("t")).through(row.get("r")));
	}

}
