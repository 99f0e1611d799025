package org.accordgraph.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A subscription that cannot start or go on gets the same classified error a query would (an
 * argument naming nothing is NOT_FOUND, a malformed one BAD_REQUEST, the database out of reach
 * SERVICE_UNAVAILABLE), rather than the framework's opaque one.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

	private final GraphQlErrors errors;

	SubscriptionErrors(GraphQlErrors errors) {
		this.errors = errors;
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		GraphQLError error = this.errors.toError(ex, GraphqlErrorBuilder.newError(), "the subscription");
		if (error == null) {
			log.error("A subscription failed", ex);
		}
		return error;
	}

}
