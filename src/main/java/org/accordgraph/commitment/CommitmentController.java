package org.accordgraph.commitment;

import java.time.LocalDate;
import java.time.ZoneOffset;

import graphql.schema.DataFetchingEnvironment;
import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.GraphQlLimits;
import org.accordgraph.graphql.PageArguments;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.graphql.Selection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Commitments: lookups, lists and those overdue. */
@Controller
class CommitmentController {

	private final CommitmentRepository commitments;

	private final GraphQlLimits limits;

	private final OverdueCommitments overdue;

	CommitmentController(CommitmentRepository commitments, GraphQlLimits limits, OverdueCommitments overdue) {
		this.commitments = commitments;
		this.limits = limits;
		this.overdue = overdue;
	}

	@QueryMapping
	Commitment commitment(@Argument String slug, DataFetchingEnvironment env) {
		return this.commitments.commitment(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Connection<Commitment> commitments(@Argument CommitmentFilter filter, @Argument CommitmentOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.commitments.commitments(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@QueryMapping
	OverdueCommitments.OverdueReport overdueCommitments(@Argument LocalDate asOf) {
		return this.overdue.on((asOf != null) ? asOf : LocalDate.now(ZoneOffset.UTC));
	}

}
