package org.accordgraph.instrument;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.accordgraph.actor.Actor;
import org.accordgraph.actor.Country;
import org.accordgraph.actor.Links.ActorLink;
import org.accordgraph.actor.Links.CountryLink;
import org.accordgraph.actor.Links.OrganisationLink;
import org.accordgraph.actor.Organisation;
import org.accordgraph.event.Conference;
import org.accordgraph.event.ConferenceSeries;
import org.accordgraph.event.EventLinks.ConferenceLink;
import org.accordgraph.event.EventLinks.ConferenceSeriesLink;
import org.accordgraph.event.EventLinks.ObservanceLink;
import org.accordgraph.event.Observance;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.instrument.InstrumentLinks.DeclarationLink;
import org.accordgraph.instrument.InstrumentLinks.LegalInstrumentLink;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static org.accordgraph.graphql.BatchResults.byParent;
import static org.accordgraph.graphql.BatchResults.keys;
import static org.accordgraph.graphql.BatchResults.listsInOrder;

/** What instruments were adopted at, establish, designate and belong to, and the status of laws: in batches. */
@Controller
class InstrumentRelationsController {

	private final InstrumentRepository instruments;

	InstrumentRelationsController(InstrumentRepository instruments, BatchLoaderRegistry loaders) {
		this.instruments = instruments;
		loaders.<String, List<LegalStatusAssessment>>forName("legalStatusHistory")
			.registerMappedBatchLoader((slugs, env) -> Mono.fromCallable(
					() -> instruments.statusHistories(List.copyOf(slugs))));
	}

	@BatchMapping
	Map<Declaration, ConferenceLink> calledForAt(List<Declaration> declarations) {
		return byParent(declarations, Declaration::slug, this.instruments.calledForAt(keys(declarations, Declaration::slug)));
	}

	@BatchMapping
	List<List<ConferenceSeriesLink>> establishes(List<Declaration> declarations) {
		return listsInOrder(declarations, Declaration::slug,
				this.instruments.seriesEstablished(keys(declarations, Declaration::slug)));
	}

	@BatchMapping(typeName = "ConferenceSeries", field = "establishedBy")
	List<List<DeclarationLink>> declarationsEstablishing(List<ConferenceSeries> series) {
		return listsInOrder(series, ConferenceSeries::slug,
				this.instruments.declarationsEstablishing(keys(series, ConferenceSeries::slug)));
	}

	@BatchMapping(typeName = "Conference", field = "declarations")
	List<List<Declaration>> declarationsCalledForAt(List<Conference> conferences) {
		return listsInOrder(conferences, Conference::slug,
				this.instruments.declarationsCalledForAt(keys(conferences, Conference::slug)));
	}

	@BatchMapping(typeName = "ActionPlan", field = "country")
	Map<ActionPlan, CountryLink> countryOfPlan(List<ActionPlan> plans) {
		return byParent(plans, ActionPlan::slug, this.instruments.countryOf("ActionPlan", "OF", keys(plans, ActionPlan::slug)));
	}

	@BatchMapping(typeName = "ActionPlan", field = "adoptedBy")
	Map<ActionPlan, ActorLink> adopterOfPlan(List<ActionPlan> plans) {
		return byParent(plans, ActionPlan::slug, this.instruments.planAdopters(keys(plans, ActionPlan::slug)));
	}

	@BatchMapping
	Map<LegalInstrument, CountryLink> jurisdiction(List<LegalInstrument> laws) {
		return byParent(laws, LegalInstrument::slug,
				this.instruments.countryOf("LegalInstrument", "IN_JURISDICTION_OF", keys(laws, LegalInstrument::slug)));
	}

	@SchemaMapping(typeName = "LegalInstrument")
	CompletableFuture<List<LegalStatusAssessment>> statusHistory(LegalInstrument law,
			DataLoader<String, List<LegalStatusAssessment>> legalStatusHistory) {
		return history(law, legalStatusHistory);
	}

	/** The latest assessment on or before {@code asOf} (today when absent). */
	@SchemaMapping(typeName = "LegalInstrument")
	CompletableFuture<LegalStatusAssessment> status(LegalInstrument law, @Argument LocalDate asOf,
			DataLoader<String, List<LegalStatusAssessment>> legalStatusHistory) {
		return history(law, legalStatusHistory)
			.thenApply(history -> StatusHistory.onDay(history, assessment -> assessment.date().earliest(), asOf));
	}

	@SchemaMapping(typeName = "LegalInstrument")
	CompletableFuture<PartialDate> adoptedOn(LegalInstrument law,
			DataLoader<String, List<LegalStatusAssessment>> legalStatusHistory) {
		return history(law, legalStatusHistory).thenApply(history -> history.stream()
			.filter(assessment -> assessment.status() == LegalStatus.ADOPTED)
			.map(LegalStatusAssessment::date)
			.findFirst()
			.orElse(null));
	}

	@BatchMapping(typeName = "LegalStatusAssessment", field = "by")
	Map<LegalStatusAssessment, Actor> actorOfAssessment(List<LegalStatusAssessment> assessments) {
		return byParent(assessments, LegalStatusAssessment::slug,
				this.instruments.actorsOf(keys(assessments, LegalStatusAssessment::slug)));
	}

	@BatchMapping
	List<List<ObservanceLink>> designates(List<LegalInstrument> laws) {
		return listsInOrder(laws, LegalInstrument::slug,
				this.instruments.observancesDesignated(keys(laws, LegalInstrument::slug)));
	}

	@BatchMapping(typeName = "LegalInstrument", field = "establishes")
	List<List<OrganisationLink>> organisationsEstablished(List<LegalInstrument> laws) {
		return listsInOrder(laws, LegalInstrument::slug,
				this.instruments.organisationsEstablished(keys(laws, LegalInstrument::slug)));
	}

	@BatchMapping(typeName = "Organisation", field = "establishedBy")
	List<List<LegalInstrumentLink>> instrumentsEstablishing(List<Organisation> organisations) {
		return listsInOrder(organisations, Organisation::slug, this.instruments.instrumentsPointingAt("Organisation",
				"ESTABLISHED", keys(organisations, Organisation::slug)));
	}

	@BatchMapping(typeName = "Observance", field = "designatedBy")
	List<List<LegalInstrumentLink>> instrumentsDesignating(List<Observance> observances) {
		return listsInOrder(observances, Observance::slug,
				this.instruments.instrumentsPointingAt("Observance", "DESIGNATES", keys(observances, Observance::slug)));
	}

	@BatchMapping(typeName = "Country", field = "actionPlans")
	List<List<ActionPlan>> actionPlansOf(List<Country> countries) {
		return listsInOrder(countries, Country::code, this.instruments.actionPlansOf(keys(countries, Country::code)));
	}

	@BatchMapping(typeName = "Country", field = "legalInstruments")
	List<List<LegalInstrument>> legalInstrumentsOf(List<Country> countries) {
		return listsInOrder(countries, Country::code, this.instruments.legalInstrumentsOf(keys(countries, Country::code)));
	}

	private static CompletableFuture<List<LegalStatusAssessment>> history(LegalInstrument law,
			DataLoader<String, List<LegalStatusAssessment>> loader) {
		return loader.load(law.slug()).thenApply(history -> (history != null) ? history : List.of());
	}

}
