package org.accordgraph.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The database cannot be reached (stopped, restarting, the network down): requests are answered
 * with a {@code SERVICE_UNAVAILABLE} error at once rather than a trace or a hang, and the driver
 * connects again by itself once it is back.
 */
public final class DatabaseUnavailable {

	/** The classification of such errors. */
	public enum Classification implements ErrorClassification {

		SERVICE_UNAVAILABLE

	}

	static final String MESSAGE = "The database cannot be reached just now; nothing was changed. Try again shortly.";

	private DatabaseUnavailable() {
	}

	/** Whether the failure, or anything that caused it, is the driver failing to reach the database. */
	public static boolean isCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
				return true;
			}
		}
		return false;
	}

	static GraphQLError error(GraphqlErrorBuilder<?> builder) {
		return builder.errorType(Classification.SERVICE_UNAVAILABLE).message(MESSAGE).build();
	}

}
