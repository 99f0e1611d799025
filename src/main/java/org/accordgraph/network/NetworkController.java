package org.accordgraph.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.accordgraph.actor.Country;
import org.accordgraph.actor.Organisation;
import org.accordgraph.actor.Person;
import org.accordgraph.actor.Project;
import org.accordgraph.event.ConferenceSeries;
import org.accordgraph.fact.Basis;
import org.accordgraph.graphql.InvalidArgumentException;
import org.accordgraph.graphql.NodeTypes;
import org.accordgraph.graphql.NotFoundException;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static org.accordgraph.graphql.BatchResults.keys;
import static org.accordgraph.graphql.BatchResults.listsInOrder;

/** Who worked with whom, how two actors connect, and what happened when. */
@Controller
class NetworkController {

	static final int MAX_PATH_LENGTH = 10;

	private static final String WITH_BASIS = "partnersWithBasis";

	private static final String WITH_CITATIONS = "partnersWithCitations";

	private static final String COUNTED = "partnersCounted";

	/** An actor whose partners a request asks for: its label, the property of its key, and its key. */
	record PartnersOf(String label, String key) {
	}

	/** An actor whose partners a request asks for without their evidence, counting evidence known in these ways. */
	record CountedPartnersOf(String label, String key, Set<Basis> bases) {
	}

	private final NetworkRepository network;

	private final NodeTypes nodeTypes;

	NetworkController(NetworkRepository network, NodeTypes nodeTypes, BatchLoaderRegistry loaders) {
		this.network = network;
		this.nodeTypes = nodeTypes;
		for (boolean citations : new boolean[] { false, true }) {
			loaders.<PartnersOf, List<Partner>>forName(citations ? WITH_CITATIONS : WITH_BASIS)
				.registerMappedBatchLoader((actors, env) -> Mono.fromCallable(() -> partners(actors, citations)));
		}
		loaders.<CountedPartnersOf, List<Partner>>forName(COUNTED)
			.registerMappedBatchLoader((actors, env) -> Mono.fromCallable(() -> counted(actors)));
	}

	@QueryMapping
	List<PathStep> connection(@Argument String from, @Argument String to, @Argument int maxLength,
			@Argument List<Basis> basis) {
		if (maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
			throw new InvalidArgumentException("maxLength",
					"must be between 1 and " + MAX_PATH_LENGTH + ", was " + maxLength);
		}
		if (from.equalsIgnoreCase(to)) {
			throw new InvalidArgumentException("to", "names the same actor as 'from'");
		}
		for (String[] argument : new String[][] { { "from", from }, { "to", to } }) {
			if (!this.network.actorExists(argument[1])) {
				throw new NotFoundException(argument[0], "there is no country, organisation, project or person '"
						+ argument[1] + "'");
			}
		}
		return this.network.connection(from, to, maxLength, (basis != null) ? basis : List.of(Basis.values()))
			.orElse(null);
	}

	@SchemaMapping(typeName = "Country", field = "partners")
	CompletableFuture<List<Partner>> partnersOfCountry(Country country, DataFetchingEnvironment env) {
		return partners(new PartnersOf("Country", country.code()), env);
	}

	@SchemaMapping(typeName = "Organisation", field = "partners")
	CompletableFuture<List<Partner>> partnersOfOrganisation(Organisation organisation, DataFetchingEnvironment env) {
		return partners(new PartnersOf("Organisation", organisation.slug()), env);
	}

	@SchemaMapping(typeName = "Project", field = "partners")
	CompletableFuture<List<Partner>> partnersOfProject(Project project, DataFetchingEnvironment env) {
		return partners(new PartnersOf("Project", project.slug()), env);
	}

	@SchemaMapping(typeName = "Person", field = "partners")
	CompletableFuture<List<Partner>> partnersOfPerson(Person person, DataFetchingEnvironment env) {
		return partners(new PartnersOf("Person", person.slug()), env);
	}

	/**
	 * Partners through the loader that works out as much of each partnership as the request
	 * selects: counted in the database when it does not ask for the evidence; with each piece of
	 * evidence's citations, reasoning and facts rested on only when it asks for them, since for a
	 * busy actor they are most of the work. Then the page asked for ({@code first}, {@code after}).
	 */
	private CompletableFuture<List<Partner>> partners(PartnersOf actor, DataFetchingEnvironment env) {
		Set<Basis> bases = Basis.asked(env.getArgument("basis"));
		Integer first = env.getArgument("first");
		if (first != null && first < 0) {
			throw new InvalidArgumentException("first", "must not be negative, was " + first);
		}
		String after = env.getArgument("after");
		CompletableFuture<List<Partner>> partners;
		if (!env.getSelectionSet().contains("evidence")) {
			DataLoader<CountedPartnersOf, List<Partner>> loader = env.getDataLoader(COUNTED);
			partners = loader.load(new CountedPartnersOf(actor.label(), actor.key(), bases));
		}
		else {
			boolean citations = env.getSelectionSet()
				.containsAnyOf("evidence/citations", "evidence/reasoning", "evidence/restsOn");
			DataLoader<PartnersOf, List<Partner>> loader = env.getDataLoader(citations ? WITH_CITATIONS : WITH_BASIS);
			partners = loader.load(actor);
		}
		return partners.thenApply(all -> page(all, bases, first, after));
	}

	/** The partners known in the ways given, in their order, after the one named and no more than asked. */
	private List<Partner> page(List<Partner> partners, Set<Basis> bases, Integer first, String after) {
		List<Partner> known = new ArrayList<>(partners.stream().map(partner -> partner.knownOnly(bases))
			.filter(Objects::nonNull).toList());
		known.sort(null);
		int from = 0;
		if (after != null) {
			from = 1 + known.stream().map(partner -> this.nodeTypes.keyOf(partner.actor())).toList().indexOf(after);
			if (from == 0) {
				throw new InvalidArgumentException("after", "'" + after + "' is not the ISO code or slug of a partner in this list");
			}
		}
		int to = (first != null) ? Math.min(known.size(), from + first) : known.size();
		return known.subList(Math.min(from, to), to);
	}

	private Map<CountedPartnersOf, List<Partner>> counted(Set<CountedPartnersOf> actors) {
		Map<CountedPartnersOf, List<Partner>> partners = new HashMap<>();
		actors.stream().collect(Collectors.groupingBy(actor -> List.of(actor.label(), actor.bases())))
			.forEach((labelAndBases, ofLabel) -> {
				Map<String, List<Partner>> byKey = this.network.partnerCounts(ofLabel.get(0).label(),
						ofLabel.stream().map(CountedPartnersOf::key).toList(), ofLabel.get(0).bases());
				ofLabel.forEach(actor -> partners.put(actor, byKey.getOrDefault(actor.key(), List.of())));
			});
		return partners;
	}

	private Map<PartnersOf, List<Partner>> partners(Set<PartnersOf> actors, boolean citations) {
		Map<PartnersOf, List<Partner>> partners = new HashMap<>();
		actors.stream().collect(Collectors.groupingBy(PartnersOf::label)).forEach((label, ofLabel) -> {
			Map<String, List<Partner>> byKey = this.network.partners(label,
					ofLabel.stream().map(PartnersOf::key).toList(), citations);
			ofLabel.forEach(actor -> partners.put(actor, byKey.getOrDefault(actor.key(), List.of())));
		});
		return partners;
	}

	@BatchMapping(typeName = "Country", field = "timeline")
	List<List<TimelineEntry>> timelinesOfCountries(List<Country> countries) {
		return listsInOrder(countries, Country::code,
				this.network.actorTimelines("Country", keys(countries, Country::code)));
	}

	@BatchMapping(typeName = "Organisation", field = "timeline")
	List<List<TimelineEntry>> timelinesOfOrganisations(List<Organisation> organisations) {
		return listsInOrder(organisations, Organisation::slug,
				this.network.actorTimelines("Organisation", keys(organisations, Organisation::slug)));
	}

	@BatchMapping(typeName = "Project", field = "timeline")
	List<List<TimelineEntry>> timelinesOfProjects(List<Project> projects) {
		return listsInOrder(projects, Project::slug,
				this.network.actorTimelines("Project", keys(projects, Project::slug)));
	}

	@BatchMapping(typeName = "Person", field = "timeline")
	List<List<TimelineEntry>> timelinesOfPeople(List<Person> people) {
		return listsInOrder(people, Person::slug,
				this.network.actorTimelines("Person", keys(people, Person::slug)));
	}

	@BatchMapping(typeName = "ConferenceSeries", field = "timeline")
	List<List<TimelineEntry>> timelinesOfSeries(List<ConferenceSeries> series) {
		return listsInOrder(series, ConferenceSeries::slug,
				this.network.seriesTimelines(keys(series, ConferenceSeries::slug)));
	}

}
