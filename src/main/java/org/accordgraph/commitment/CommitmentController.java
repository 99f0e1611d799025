package org.accordgraph.commitment;

import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.GraphQlLimits;
import org.accordgraph.graphql.PageArguments;
import org.accordgraph.graphql.PageRequest;

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
	Commitment commitment(@Argument String slug) {
		return this.commitments.commitment(slug).orElse(null);
	}

	@QueryMapping
	Connection<Commitment> commitments(@Argument CommitmentFilter filter, @Argument CommitmentOrder orderBy,
			@Arguments PageArguments page) {
		return this.commitments.commitments(filter, orderBy, PageRequest.of(page, this.limits));
	}

}
