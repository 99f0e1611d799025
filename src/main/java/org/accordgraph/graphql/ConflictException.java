package org.accordgraph.graphql;

import graphql.ErrorClassification;

/**
 * What was asked for changed while it was read: read it again. Reported as a {@code CONFLICT}
 * GraphQL error.
 */
public class ConflictException extends RuntimeException {

	/** The classification of the errors that report it. */
	public enum Classification implements ErrorClassification {

		CONFLICT

	}

	public ConflictException(String message) {
		super(message);
	}

}
