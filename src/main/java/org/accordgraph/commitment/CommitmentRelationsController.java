package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.accordgraph.actor.Actor;
import org.accordgraph.actor.Country;
import org.accordgraph.actor.Links.ActorLink;
import org.accordgraph.actor.Links.CountryLink;
import org.accordgraph.actor.Organisation;
import org.accordgraph.commitment.CommitmentLinks.FulfilmentLink;
import org.accordgraph.commitment.CommitmentLinks.OriginLink;
import org.accordgraph.event.ConferenceSeries;
import org.accordgraph.event.Statement;
import org.accordgraph.instrument.ActionPlan;
import org.accordgraph.instrument.Declaration;
import org.accordgraph.theme.Theme;
import org.accordgraph.theme.ThemeDefinition;
import org.accordgraph.theme.Themes;
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

/** Who made commitments, where, what fulfilled them and their status; who committed to what: in batches. */
@Controller
class CommitmentRelationsController {

	private final CommitmentRepository commitments;

	private final Themes themes;

	CommitmentRelationsController(CommitmentRepository commitments, Themes themes, BatchLoaderRegistry loaders) {
		this.commitments = commitments;
		this.themes = themes;
		loaders.<String, List<CommitmentStatusAssessment>>forName("commitmentStatusHistory")
			.registerMappedBatchLoader(
					(slugs, env) -> Mono.fromCallable(() -> commitments.statusHistories(List.copyOf(slugs))));
	}

	@BatchMapping
	List<List<ActorLink>> parties(List<Commitment> commitments) {
		return listsInOrder(commitments, Commitment::slug, this.commitments.parties(slugs(commitments)));
	}

	@BatchMapping
	Map<Commitment, CountryLink> host(List<Commitment> commitments) {
		return byParent(commitments, Commitment::slug, this.commitments.hosts(slugs(commitments)));
	}

	@BatchMapping
	Map<Commitment, OriginLink> madeIn(List<Commitment> commitments) {
		return byParent(commitments, Commitment::slug, this.commitments.origins(slugs(commitments)));
	}

	@BatchMapping
	List<List<FulfilmentLink>> fulfilledBy(List<Commitment> commitments) {
		return listsInOrder(commitments, Commitment::slug, this.commitments.fulfilments(slugs(commitments)));
	}

	@BatchMapping(typeName = "Commitment", field = "series")
	Map<Commitment, ConferenceSeries> seriesOfCommitment(List<Commitment> commitments) {
		return byParent(commitments, Commitment::slug, this.commitments.seriesOf(slugs(commitments)));
	}

	@BatchMapping(typeName = "Commitment", field = "themes")
	List<List<Theme>> commitmentThemes(List<Commitment> commitments) {
		return listsInOrder(commitments, Commitment::slug, this.themes.of("Commitment", slugs(commitments)));
	}

	@SchemaMapping(typeName = "Commitment")
	CompletableFuture<List<CommitmentStatusAssessment>> statusHistory(Commitment commitment,
			DataLoader<String, List<CommitmentStatusAssessment>> commitmentStatusHistory) {
		return history(commitment, commitmentStatusHistory);
	}

	/** The latest assessment on or before {@code asOf} (today when absent). */
	@SchemaMapping(typeName = "Commitment")
	CompletableFuture<CommitmentStatusAssessment> status(Commitment commitment, @Argument LocalDate asOf,
			DataLoader<String, List<CommitmentStatusAssessment>> commitmentStatusHistory) {
		return statusAsOf(commitment, asOf, commitmentStatusHistory);
	}

	@BatchMapping(typeName = "CommitmentStatusAssessment", field = "by")
	Map<CommitmentStatusAssessment, Actor> actorOfAssessment(List<CommitmentStatusAssessment> assessments) {
		return byParent(assessments, CommitmentStatusAssessment::slug,
				this.commitments.actorsOf(keys(assessments, CommitmentStatusAssessment::slug)));
	}

	@BatchMapping(typeName = "Country", field = "commitments")
	List<List<Commitment>> commitmentsOfCountry(List<Country> countries) {
		return listsInOrder(countries, Country::code,
				this.commitments.commitmentsOf("Country", keys(countries, Country::code)));
	}

	@BatchMapping(typeName = "Country", field = "namedToHost")
	List<List<Commitment>> commitmentsNamingHost(List<Country> countries) {
		return listsInOrder(countries, Country::code,
				this.commitments.commitmentsToBeHostedBy(keys(countries, Country::code)));
	}

	@BatchMapping(typeName = "Organisation", field = "commitments")
	List<List<Commitment>> commitmentsOfOrganisation(List<Organisation> organisations) {
		return listsInOrder(organisations, Organisation::slug,
				this.commitments.commitmentsOf("Organisation", keys(organisations, Organisation::slug)));
	}

	@BatchMapping(typeName = "Declaration", field = "commitments")
	List<List<Commitment>> commitmentsInDeclaration(List<Declaration> declarations) {
		return listsInOrder(declarations, Declaration::slug,
				this.commitments.commitmentsMadeIn("Declaration", keys(declarations, Declaration::slug)));
	}

	@BatchMapping(typeName = "ActionPlan", field = "commitments")
	List<List<Commitment>> commitmentsInActionPlan(List<ActionPlan> plans) {
		return listsInOrder(plans, ActionPlan::slug,
				this.commitments.commitmentsMadeIn("ActionPlan", keys(plans, ActionPlan::slug)));
	}

	@BatchMapping(typeName = "Statement", field = "commitments")
	List<List<Commitment>> commitmentsInStatement(List<Statement> statements) {
		return listsInOrder(statements, Statement::slug,
				this.commitments.commitmentsMadeIn("Statement", keys(statements, Statement::slug)));
	}

	@BatchMapping(typeName = "ThemeDefinition", field = "commitments")
	List<List<Commitment>> commitmentsOnTheme(List<ThemeDefinition> themes) {
		return listsInOrder(themes, ThemeDefinition::code, this.commitments.commitmentsOn(keys(themes, ThemeDefinition::code)));
	}

	private static CompletableFuture<CommitmentStatusAssessment> statusAsOf(Commitment commitment, LocalDate asOf,
			DataLoader<String, List<CommitmentStatusAssessment>> loader) {
		return history(commitment, loader)
			.thenApply(history -> CommitmentStatusAssessment.onDay(history, commitment.dueDate(), asOf));
	}

	private static CompletableFuture<List<CommitmentStatusAssessment>> history(Commitment commitment,
			DataLoader<String, List<CommitmentStatusAssessment>> loader) {
		return loader.load(commitment.slug()).thenApply(history -> (history != null) ? history : List.of());
	}

	private static List<String> slugs(List<Commitment> commitments) {
		return keys(commitments, Commitment::slug);
	}

}
