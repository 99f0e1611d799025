package org.accordgraph.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.accordgraph.actor.Actor;
import org.accordgraph.actor.Links;
import org.accordgraph.actor.Links.ActorLink;
import org.accordgraph.actor.Links.CountryLink;
import org.accordgraph.actor.Links.OrganisationLink;
import org.accordgraph.event.EventLinks;
import org.accordgraph.event.EventLinks.ConferenceLink;
import org.accordgraph.event.EventLinks.ConferenceSeriesLink;
import org.accordgraph.event.EventLinks.ObservanceLink;
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
import org.accordgraph.instrument.InstrumentLinks.DeclarationLink;
import org.accordgraph.instrument.InstrumentLinks.LegalInstrumentLink;
import org.accordgraph.instrument.InstrumentLists.ActionPlanFilter;
import org.accordgraph.instrument.InstrumentLists.ActionPlanOrder;
import org.accordgraph.instrument.InstrumentLists.ActionPlanOrderField;
import org.accordgraph.instrument.InstrumentLists.DeclarationFilter;
import org.accordgraph.instrument.InstrumentLists.DeclarationOrder;
import org.accordgraph.instrument.InstrumentLists.DeclarationOrderField;
import org.accordgraph.instrument.InstrumentLists.LegalInstrumentFilter;
import org.accordgraph.instrument.InstrumentLists.LegalInstrumentOrder;
import org.accordgraph.instrument.InstrumentLists.LegalInstrumentOrderField;
import org.accordgraph.neo4j.BatchQuery;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads declarations, action plans and legal instruments, and what they relate to. */
@Repository
@Transactional(readOnly = true)
class InstrumentRepository {

	/** The day a legal instrument was adopted, from its status history. */
	private static final String ADOPTED_ON = """
			COLLECT { MATCH (n)-[:HAS_STATUS]->(s:StatusAssessment {status: 'ADOPTED'}) RETURN s.date ORDER BY s.date }[0]""";

	private final Neo4jClient neo4j;

	private final CitedReads cited;

	private final Sections sections;

	InstrumentRepository(Neo4jClient neo4j, Sections sections, CitedReads cited) {
		this.cited = cited;
		this.neo4j = neo4j;
		this.sections = sections;
	}

	Optional<Declaration> declaration(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:Declaration {slug: $key})", slug, Declaration::from, selection);
	}

	Optional<ActionPlan> actionPlan(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:ActionPlan {slug: $key})", slug, ActionPlan::from, selection);
	}

	Optional<LegalInstrument> legalInstrument(String slug, Selection selection) {
		return this.cited.byKey("MATCH (n:LegalInstrument {slug: $key})", slug, LegalInstrument::from, selection);
	}

	Connection<Declaration> declarations(DeclarationFilter filter, DeclarationOrder order, PageRequest page,
			Selection selection) {
		KeysetQuery<Declaration> query = this.cited.page("MATCH (n:Declaration)", Declaration::from, selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.title() != null) {
				query.where("any(t IN [n.title, n.shortTitle] WHERE toLower(t) CONTAINS toLower($title))", "title",
						filter.title());
			}
			if (filter.calledForAt() != null) {
				Map<String, Object> conference = Map.of("calledForAt", filter.calledForAt());
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:CALLED_FOR_AT]->",
						"(:Conference {slug: $calledForAt})", conference,
						"filter.calledForAt", filter.calledForAt(), "is not the slug of a conference");
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		Ordering ordering = (order != null && order.field() == DeclarationOrderField.ADOPTED_ON)
				? Ordering.by("declarations", DeclarationOrderField.ADOPTED_ON, direction, "n.adoptedOn", ValueType.DATE,
						"n.slug")
				: Ordering.by("declarations", DeclarationOrderField.TITLE, direction, "toLower(n.title)",
						ValueType.STRING, "n.slug");
		return query.page(page, ordering);
	}

	Connection<ActionPlan> actionPlans(ActionPlanFilter filter, ActionPlanOrder order, PageRequest page,
			Selection selection) {
		KeysetQuery<ActionPlan> query = this.cited.page("MATCH (n:ActionPlan)", ActionPlan::from, selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.title() != null) {
				query.where("toLower(n.title) CONTAINS toLower($title)", "title", filter.title());
			}
			if (filter.country() != null) {
				Map<String, Object> country = Map.of("country", filter.country().toUpperCase(Locale.ROOT));
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:OF]->",
						"(:Country {code: $country})", country,
						"filter.country", filter.country(), "is not the ISO code of a country in the graph");
			}
			if (filter.scope() != null) {
				query.where("n.scope = $scope", "scope", filter.scope().name());
			}
			if (filter.activeIn() != null) {
				query.where("n.periodStart <= $activeIn AND $activeIn <= n.periodEnd", "activeIn", filter.activeIn());
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		Ordering ordering = (order != null && order.field() == ActionPlanOrderField.TITLE)
				? Ordering.by("actionPlans", ActionPlanOrderField.TITLE, direction, "toLower(n.title)", ValueType.STRING,
						"n.slug")
				: Ordering.by("actionPlans", ActionPlanOrderField.PERIOD_START, direction, "n.periodStart",
						ValueType.INTEGER, "n.slug");
		return query.page(page, ordering);
	}

	Connection<LegalInstrument> legalInstruments(LegalInstrumentFilter filter, LegalInstrumentOrder order,
			PageRequest page, Selection selection) {
		KeysetQuery<LegalInstrument> query = this.cited.page("MATCH (n:LegalInstrument)", LegalInstrument::from,
				selection);
		if (filter != null) {
			Bases.keep(query, filter.basis());
			if (filter.title() != null) {
				query.where("any(t IN [n.title] + coalesce(n.alsoKnownAs, []) WHERE toLower(t) CONTAINS toLower($title))",
						"title", filter.title());
			}
			if (filter.kind() != null && !filter.kind().isEmpty()) {
				query.where("n.kind IN $kinds", "kinds", filter.kind().stream().map(Enum::name).toList());
			}
			if (filter.jurisdiction() != null) {
				Map<String, Object> country = Map.of("jurisdiction", filter.jurisdiction().toUpperCase(Locale.ROOT));
				Bases.keepRelatedTo(query, filter.basis(), "(n)-[r:IN_JURISDICTION_OF]->",
						"(:Country {code: $jurisdiction})", country,
						"filter.jurisdiction", filter.jurisdiction(), "is not the ISO code of a country in the graph");
			}
			if (filter.status() != null && !filter.status().isEmpty()) {
				query.where(StatusHistory.STATUS_ON_DAY + " IN $statuses",
						Map.of("statuses", filter.status().stream().map(Enum::name).toList(), "statusAsOf",
								StatusHistory.dayOrToday(filter.statusAsOf())));
			}
		}
		OrderDirection direction = SortOrder.directionOf(order);
		Ordering ordering = (order != null && order.field() == LegalInstrumentOrderField.ADOPTED_ON)
				? Ordering.by("legalInstruments", LegalInstrumentOrderField.ADOPTED_ON, direction, ADOPTED_ON,
						ValueType.DATE, "n.slug")
				: Ordering.by("legalInstruments", LegalInstrumentOrderField.TITLE, direction, "toLower(n.title)",
						ValueType.STRING, "n.slug");
		return query.page(page, ordering);
	}

	Map<String, ConferenceLink> calledForAt(List<String> declarations) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:Declaration)-[r:CALLED_FOR_AT]->(t:Conference)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""", declarations, EventLinks::conference);
	}

	Map<String, List<ConferenceSeriesLink>> seriesEstablished(List<String> declarations) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:Declaration)-[r:ESTABLISHED]->(t:ConferenceSeries)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY t.slug""", declarations, EventLinks::series);
	}

	Map<String, List<DeclarationLink>> declarationsEstablishing(List<String> series) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:Declaration)-[r:ESTABLISHED]->(n:ConferenceSeries)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY t.slug""", series, InstrumentLinks::declaration);
	}

	Map<String, List<Declaration>> declarationsCalledForAt(List<String> conferences) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:Declaration)-[r:CALLED_FOR_AT]->(n:Conference)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t, r ORDER BY t.slug""", conferences,
				row -> Declaration.from(row.get("t")).through(row.get("r")));
	}

	/** The country an action plan ({@code OF}) or a legal instrument ({@code IN_JURISDICTION_OF}) belongs to. */
	Map<String, CountryLink> countryOf(String label, String type, List<String> slugs) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:%s)-[r:%s]->(t:Country)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""".formatted(this.sections.label(label), this.sections.relationshipType(type)),
				slugs, Links::country);
	}

	Map<String, ActorLink> planAdopters(List<String> plans) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:ActionPlan)-[r:ADOPTED_BY]->(t)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t""", plans, Links::actor);
	}

	/** The status history of each legal instrument, oldest first. */
	Map<String, List<LegalStatusAssessment>> statusHistories(List<String> instruments) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:LegalInstrument)-[:HAS_STATUS]->(t:StatusAssessment)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t ORDER BY t.date, t.slug""", instruments,
				row -> LegalStatusAssessment.from(row.get("t")));
	}

	/** Who acted in each status assessment: the body considering a draft, the person signing a law. */
	Map<String, Actor> actorsOf(List<String> assessments) {
		return BatchQuery.one(this.neo4j, """
				MATCH (n:StatusAssessment)-[:BY]->(t)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t""", assessments, row -> Actor.from(row.get("t").asNode()));
	}

	Map<String, List<ObservanceLink>> observancesDesignated(List<String> instruments) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:LegalInstrument)-[r:DESIGNATES]->(t:Observance)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY t.slug""", instruments, EventLinks::observance);
	}

	Map<String, List<OrganisationLink>> organisationsEstablished(List<String> instruments) {
		return BatchQuery.many(this.neo4j, """
				MATCH (n:LegalInstrument)-[r:ESTABLISHED]->(t:Organisation)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY t.slug""", instruments, Links::organisation);
	}

	/**
	 * The legal instruments that established or designated each node of a label, by slug.
	 * @param type {@code ESTABLISHED} (organisations) or {@code DESIGNATES} (observances)
	 */
	Map<String, List<LegalInstrumentLink>> instrumentsPointingAt(String label, String type, List<String> slugs) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:LegalInstrument)-[r:%s]->(n:%s)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, r, t ORDER BY t.slug""".formatted(this.sections.relationshipType(type),
				this.sections.label(label)), slugs,
				InstrumentLinks::legalInstrument);
	}

	Map<String, List<ActionPlan>> actionPlansOf(List<String> countries) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:ActionPlan)-[:OF]->(n:Country)
				WHERE n.code IN $keys
				RETURN n.code AS key, t ORDER BY t.periodStart, t.slug""", countries,
				row -> ActionPlan.from(row.get("t")));
	}

	Map<String, List<LegalInstrument>> legalInstrumentsOf(List<String> countries) {
		return BatchQuery.many(this.neo4j, """
				MATCH (t:LegalInstrument)-[:IN_JURISDICTION_OF]->(n:Country)
				WHERE n.code IN $keys
				RETURN n.code AS key, t ORDER BY t.slug""", countries, row -> LegalInstrument.from(row.get("t")));
	}

}
