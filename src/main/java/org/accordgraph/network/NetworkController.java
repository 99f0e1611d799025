package org.accordgraph.network;

import java.util.List;

import org.accordgraph.actor.Country;
import org.accordgraph.actor.Organisation;
import org.accordgraph.actor.Person;
import org.accordgraph.actor.Project;
import org.accordgraph.event.ConferenceSeries;
import org.accordgraph.evidence.Basis;
import org.accordgraph.graphql.InvalidArgumentException;
import org.accordgraph.graphql.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static org.accordgraph.graphql.BatchResults.keys;
import static org.accordgraph.graphql.BatchResults.listsInOrder;

/** Who worked with whom, how two actors connect, and what happened when. */
@Controller
class NetworkController {

	static final int MAX_PATH_LENGTH = 10;

	private final NetworkRepository network;

	NetworkController(NetworkRepository network) {
		this.network = network;
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

	@BatchMapping(typeName = "Country", field = "partners")
	List<List<Partner>> partnersOfCountries(List<Country> countries) {
		return listsInOrder(countries, Country::code,
				this.network.partners("Country", "code", keys(countries, Country::code)));
	}

	@BatchMapping(typeName = "Organisation", field = "partners")
	List<List<Partner>> partnersOfOrganisations(List<Organisation> organisations) {
		return listsInOrder(organisations, Organisation::slug,
				this.network.partners("Organisation", "slug", keys(organisations, Organisation::slug)));
	}

	@BatchMapping(typeName = "Project", field = "partners")
	List<List<Partner>> partnersOfProjects(List<Project> projects) {
		return listsInOrder(projects, Project::slug,
				this.network.partners("Project", "slug", keys(projects, Project::slug)));
	}

	@BatchMapping(typeName = "Person", field = "partners")
	List<List<Partner>> partnersOfPeople(List<Person> people) {
		return listsInOrder(people, Person::slug, this.network.partners("Person", "slug", keys(people, Person::slug)));
	}

	@BatchMapping(typeName = "Country", field = "timeline")
	List<List<TimelineEntry>> timelinesOfCountries(List<Country> countries) {
		return listsInOrder(countries, Country::code,
				this.network.actorTimelines("Country", "code", keys(countries, Country::code)));
	}

	@BatchMapping(typeName = "Organisation", field = "timeline")
	List<List<TimelineEntry>> timelinesOfOrganisations(List<Organisation> organisations) {
		return listsInOrder(organisations, Organisation::slug,
				this.network.actorTimelines("Organisation", "slug", keys(organisations, Organisation::slug)));
	}

	@BatchMapping(typeName = "Project", field = "timeline")
	List<List<TimelineEntry>> timelinesOfProjects(List<Project> projects) {
		return listsInOrder(projects, Project::slug,
				this.network.actorTimelines("Project", "slug", keys(projects, Project::slug)));
	}

	@BatchMapping(typeName = "Person", field = "timeline")
	List<List<TimelineEntry>> timelinesOfPeople(List<Person> people) {
		return listsInOrder(people, Person::slug,
				this.network.actorTimelines("Person", "slug", keys(people, Person::slug)));
	}

	@BatchMapping(typeName = "ConferenceSeries", field = "timeline")
	List<List<TimelineEntry>> timelinesOfSeries(List<ConferenceSeries> series) {
		return listsInOrder(series, ConferenceSeries::slug,
				this.network.seriesTimelines(keys(series, ConferenceSeries::slug)));
	}

}
