package org.accordgraph.graphql;

/**
 * An argument that names nothing, where the field cannot answer null. Reported as a
 * {@code NOT_FOUND} GraphQL error naming the argument.
 */
public class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String problem) {
		super("Not found, argument '" + argument + "': " + problem);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
