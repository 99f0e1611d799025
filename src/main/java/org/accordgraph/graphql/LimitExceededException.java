package org.accordgraph.graphql;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/** A request refused for going over one of the {@link GraphQlLimits}. */
public class LimitExceededException extends RuntimeException {

	/** The classification of the errors that refuse such requests. */
	public enum Classification implements ErrorClassification {

		LIMIT_EXCEEDED

	}

	private final String limit;

	private final Object value;

	/**
	 * @param limit the limit's name, as in {@code accord.graphql.limits.<name>}
	 * @param value the limit's value
	 */
	public LimitExceededException(String limit, Object value, String message) {
		super(message + " (limit accord.graphql.limits." + limit + " = " + value + ")");
		this.limit = limit;
		this.value = value;
	}

	/** The error to answer with, naming the limit and its value. */
	public GraphQLError toError(GraphqlErrorBuilder<?> builder) {
		return builder.errorType(Classification.LIMIT_EXCEEDED)
			.message(getMessage())
			.extensions(Map.of("limit", this.limit, "value", String.valueOf(this.value)))
			.build();
	}

}
