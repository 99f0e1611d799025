package org.accordgraph.format;

import java.util.regex.Pattern;

/**
 * A type of relationship of the graph. Only the registry of the format's sections
 * ({@link Sections}) makes one, from what the sections declare: a relationship type in Cypher is
 * always one of these, never a text a client sent. It prints as its name, for Cypher.
 */
public final class RelationshipType {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]*");

	private final String name;

	RelationshipType(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalStateException("A section declares the relationship type '" + name
					+ "': a type is a name in capitals and underscores");
		}
		this.name = name;
	}

	public String name() {
		return this.name;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RelationshipType type && this.name.equals(type.name);
	}

	@Override
	public int hashCode() {
		return this.name.hashCode();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
