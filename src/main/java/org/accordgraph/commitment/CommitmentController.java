package org.accordgraph.commitment;

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

/** Commitments: lookups and lists. */
@Controller
class CommitmentController {

	private final CommitmentRepository commitments;

	private final GraphQlLimits limits;

	CommitmentController(CommitmentRepository commitments, GraphQlLimits limits) {
		this.commitments = commitments;
		this.limits = limits;
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

}
