package org.accordgraph.format;

import java.util.regex.Pattern;

/**
 * A label of the graph, with the property that holds its nodes' keys (a slug, an ISO code, a
 * citation's key). Only the registry of the format's sections ({@link Sections}) makes one, from
 * what the sections declare: a label in Cypher is always one of these, never a text a client sent.
 * It prints as its name, for Cypher.
 */
public final class Label {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z]*");

	private static final Pattern PROPERTY = Pattern.compile("[a-z][A-Za-z]*");

	private final String name;

	private final String keyProperty;

	Label(String name, String keyProperty) {
		if (!NAME.matcher(name).matches() || !PROPERTY.matcher(keyProperty).matches()) {
			throw new IllegalStateException("A section declares the label '" + name + "' keyed by '" + keyProperty
					+ "': a label is a capitalised name, a key a property's name");
		}
		this.name = name;
		this.keyProperty = keyProperty;
	}

	public String name() {
		return this.name;
	}

	public String keyProperty() {
		return this.keyProperty;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Label label && this.name.equals(label.name);
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
