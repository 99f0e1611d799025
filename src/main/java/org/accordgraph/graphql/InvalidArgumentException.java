package org.accordgraph.graphql;

/**
 * A request whose argument is well-typed but unusable: a malformed id or cursor, a page size out
 * of range. Reported as a {@code BAD_REQUEST} GraphQL error naming the argument.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String problem) {
		super("Invalid argument '" + argument + "': " + problem);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
