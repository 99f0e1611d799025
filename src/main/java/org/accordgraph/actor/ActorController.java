package org.accordgraph.actor;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.accordgraph.actor.ActorLists.CountryFilter;
import org.accordgraph.actor.ActorLists.CountryOrder;
import org.accordgraph.actor.ActorLists.NameOrder;
import org.accordgraph.actor.ActorLists.OrganisationFilter;
import org.accordgraph.actor.ActorLists.OrganisationOrder;
import org.accordgraph.actor.ActorLists.PersonFilter;
import org.accordgraph.actor.ActorLists.ProjectFilter;
import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.GraphQlLimits;
import org.accordgraph.graphql.PageArguments;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.graphql.Selection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Countries, organisations, projects and people: lookups and lists. */
@Controller
class ActorController {

	private final ActorRepository actors;

	private final GraphQlLimits limits;

	ActorController(ActorRepository actors, GraphQlLimits limits) {
		this.actors = actors;
		this.limits = limits;
	}

	@QueryMapping
	Country country(@Argument String code, DataFetchingEnvironment env) {
		return this.actors.country(code, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Organisation organisation(@Argument String slug, DataFetchingEnvironment env) {
		return this.actors.organisation(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Project project(@Argument String slug, DataFetchingEnvironment env) {
		return this.actors.project(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Person person(@Argument String slug, DataFetchingEnvironment env) {
		return this.actors.person(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Connection<Country> countries(@Argument CountryFilter filter, @Argument CountryOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.actors.countries(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument OrganisationFilter filter, @Argument OrganisationOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.actors.organisations(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@QueryMapping
	Connection<Project> projects(@Argument ProjectFilter filter, @Argument NameOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.actors.projects(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@QueryMapping
	Connection<Person> people(@Argument PersonFilter filter, @Argument NameOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.actors.people(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@QueryMapping
	List<SupportType> supportTypes() {
		return this.actors.supportTypes();
	}

}
