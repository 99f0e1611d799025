package org.accordgraph.actor;

import java.util.List;

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
	Country country(@Argument String code) {
		return this.actors.country(code).orElse(null);
	}

	@QueryMapping
	Organisation organisation(@Argument String slug) {
		return this.actors.organisation(slug).orElse(null);
	}

	@QueryMapping
	Project project(@Argument String slug) {
		return this.actors.project(slug).orElse(null);
	}

	@QueryMapping
	Person person(@Argument String slug) {
		return this.actors.person(slug).orElse(null);
	}

	@QueryMapping
	Connection<Country> countries(@Argument CountryFilter filter, @Argument CountryOrder orderBy,
			@Arguments PageArguments page) {
		return this.actors.countries(filter, orderBy, PageRequest.of(page, this.limits));
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument OrganisationFilter filter, @Argument OrganisationOrder orderBy,
			@Arguments PageArguments page) {
		return this.actors.organisations(filter, orderBy, PageRequest.of(page, this.limits));
	}

	@QueryMapping
	Connection<Project> projects(@Argument ProjectFilter filter, @Argument NameOrder orderBy,
			@Arguments PageArguments page) {
		return this.actors.projects(filter, orderBy, PageRequest.of(page, this.limits));
	}

	@QueryMapping
	Connection<Person> people(@Argument PersonFilter filter, @Argument NameOrder orderBy,
			@Arguments PageArguments page) {
		return this.actors.people(filter, orderBy, PageRequest.of(page, this.limits));
	}

	@QueryMapping
	List<SupportType> supportTypes() {
		return this.actors.supportTypes();
	}

}
