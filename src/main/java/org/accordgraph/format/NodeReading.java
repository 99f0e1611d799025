package org.accordgraph.format;

import java.util.function.Function;

import org.neo4j.driver.types.MapAccessor;

/**
 * How a label's nodes are read as a GraphQL {@code Node} type of the same name: the Java type the
 * GraphQL type is resolved from, the key its global id is made of, how it is made of a node, and
 * what reads of it return of the node {@code n} ({@code n} itself, or a projection that leaves out
 * what is read only when asked for, such as a source's text).
 */
public record NodeReading<T>(Class<T> javaType, Function<T, String> keyOf, Function<MapAccessor, T> mapper,
		String projection) {
}
