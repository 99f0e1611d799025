package org.accordgraph.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

/**
 * Turns exceptions raised while fetching data into GraphQL errors with a classification. Bad
 * arguments become {@code BAD_REQUEST} errors and arguments naming nothing (where null is no
 * answer) {@code NOT_FOUND} errors, each naming the argument; requests over a limit
 * {@code LIMIT_EXCEEDED} errors naming the limit; a field the user may not use
 * {@code UNAUTHORIZED} or {@code FORBIDDEN} errors naming it; what changed while it was read
 * {@code CONFLICT} errors; a database out of reach
 * {@code SERVICE_UNAVAILABLE} errors; anything unexpected is
 * logged and left to the framework, which answers with an opaque {@code INTERNAL_ERROR}.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	private final GraphQlLimits limits;

	GraphQlErrors(GraphQlLimits limits) {
		this.limits = limits;
		setThreadLocalContextAware(true);
	}

	/** Neo4j ends a transaction that outlives its timeout with a TransactionTimedOut status. */
	private static boolean isTransactionTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code().contains("TransactionTimedOut")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A field the signed-in user (or an anonymous one) may not use: UNAUTHORIZED without a
	 * sign-in, FORBIDDEN with one that lacks the role.
	 */
	private static GraphQLError refusal(GraphqlErrorBuilder<?> error, String field) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()) {
			return error.errorType(ErrorType.UNAUTHORIZED)
				.message("Sign in to use " + field + ": it changes the knowledge base or shows who did")
				.extensions(Map.of("field", field))
				.build();
		}
		return error.errorType(ErrorType.FORBIDDEN)
			.message("'" + signedIn.getName() + "' does not hold the role " + field
					+ " needs (its description says which)")
			.extensions(Map.of("field", field))
			.build();
	}

	/**
	 * An argument whose value GraphQL accepted (a JSON scalar holds anything) but which does not
	 * fit what the field takes: a string where an object of fields belongs.
	 */
	private static InvalidArgumentException unbound(BindException bind, String field) {
		FieldError first = bind.getFieldError();
		String argument = (first != null) ? first.getField().replaceFirst("^\\$\\.", "") : bind.getObjectName();
		Object value = (first != null) ? first.getRejectedValue() : null;
		return new InvalidArgumentException(argument, "does not take " + jsonKind(value)
				+ "; the schema's description of " + field + " says what it takes");
	}

	private static String jsonKind(Object value) {
		if (value instanceof java.util.List<?>) {
			return "a list";
		}
		if (value instanceof Map<?, ?>) {
			return "an object";
		}
		if (value instanceof String) {
			return "a string";
		}
		if (value instanceof Number) {
			return "a number";
		}
		return (value instanceof Boolean) ? "true or false" : "that value";
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		GraphQLError error = toError(ex, GraphqlErrorBuilder.newError(env), env.getField().getName());
		if (error == null) {
			log.error("Failed to fetch {}", env.getExecutionStepInfo().getPath(), ex);
		}
		return error;
	}

	/**
	 * The error a request gets for the exception, built on {@code error}; null for an unexpected
	 * one, which the caller logs.
	 * @param field the field being fetched, or the subscription
	 */
	GraphQLError toError(Throwable ex, GraphqlErrorBuilder<?> error, String field) {
		if (ex instanceof InvalidArgumentException invalid) {
			return error.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(Map.of("argument", invalid.argument()))
				.build();
		}
		if (ex instanceof BindException bind) {
			return toError(unbound(bind, field), error, field);
		}
		if (ex instanceof NotFoundException notFound) {
			return error.errorType(ErrorType.NOT_FOUND)
				.message(notFound.getMessage())
				.extensions(Map.of("argument", notFound.argument()))
				.build();
		}
		if (ex instanceof AccessDeniedException) {
			return refusal(error, field);
		}
		if (ex instanceof LimitExceededException refused) {
			return refused.toError(error);
		}
		if (ex instanceof ConflictException conflict) {
			return error.errorType(ConflictException.Classification.CONFLICT).message(conflict.getMessage()).build();
		}
		if (DatabaseUnavailable.isCause(ex)) {
			log.warn("The database cannot be reached: {}", ex.getMessage());
			return DatabaseUnavailable.error(error);
		}
		if (isTransactionTimeout(ex)) {
			return new LimitExceededException("timeout", this.limits.timeout(),
					"A database query of the request ran out of time")
				.toError(error);
		}
		return null;
	}

}
