package org.accordgraph.instrument;

import graphql.schema.DataFetchingEnvironment;
import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.GraphQlLimits;
import org.accordgraph.graphql.PageArguments;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.graphql.Selection;
import org.accordgraph.instrument.InstrumentLists.ActionPlanFilter;
import org.accordgraph.instrument.InstrumentLists.ActionPlanOrder;
import org.accordgraph.instrument.InstrumentLists.DeclarationFilter;
import org.accordgraph.instrument.InstrumentLists.DeclarationOrder;
import org.accordgraph.instrument.InstrumentLists.LegalInstrumentFilter;
import org.accordgraph.instrument.InstrumentLists.LegalInstrumentOrder;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Declarations, action plans and legal instruments: lookups and lists. */
@Controller
class InstrumentController {

	private final InstrumentRepository instruments;

	private final GraphQlLimits limits;

	InstrumentController(InstrumentRepository instruments, GraphQlLimits limits) {
		this.instruments = instruments;
		this.limits = limits;
	}

	@QueryMapping
	Declaration declaration(@Argument String slug, DataFetchingEnvironment env) {
		return this.instruments.declaration(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	ActionPlan actionPlan(@Argument String slug, DataFetchingEnvironment env) {
		return this.instruments.actionPlan(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	LegalInstrument legalInstrument(@Argument String slug, DataFetchingEnvironment env) {
		return this.instruments.legalInstrument(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Connection<Declaration> declarations(@Argument DeclarationFilter filter, @Argument DeclarationOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.instruments.declarations(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@QueryMapping
	Connection<ActionPlan> actionPlans(@Argument ActionPlanFilter filter, @Argument ActionPlanOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.instruments.actionPlans(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@QueryMapping
	Connection<LegalInstrument> legalInstruments(@Argument LegalInstrumentFilter filter, @Argument LegalInstrumentOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.instruments.legalInstruments(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

}
