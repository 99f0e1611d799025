package org.accordgraph.event;

import graphql.schema.DataFetchingEnvironment;
import org.accordgraph.event.EventLists.ConferenceFilter;
import org.accordgraph.event.EventLists.ConferenceOrder;
import org.accordgraph.event.EventLists.StatementFilter;
import org.accordgraph.event.EventLists.StatementOrder;
import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.GraphQlLimits;
import org.accordgraph.graphql.PageArguments;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.graphql.Selection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Conferences, their series, observances and statements: lookups and lists. */
@Controller
class EventController {

	private final EventRepository events;

	private final GraphQlLimits limits;

	EventController(EventRepository events, GraphQlLimits limits) {
		this.events = events;
		this.limits = limits;
	}

	@QueryMapping
	Conference conference(@Argument String slug, DataFetchingEnvironment env) {
		return this.events.conference(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	ConferenceSeries conferenceSeries(@Argument String slug, DataFetchingEnvironment env) {
		return this.events.series(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Observance observance(@Argument String slug, DataFetchingEnvironment env) {
		return this.events.observance(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Statement statement(@Argument String slug, DataFetchingEnvironment env) {
		return this.events.statement(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Connection<Conference> conferences(@Argument ConferenceFilter filter, @Argument ConferenceOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.events.conferences(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@QueryMapping
	Connection<Statement> statements(@Argument StatementFilter filter, @Argument StatementOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.events.statements(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

}
