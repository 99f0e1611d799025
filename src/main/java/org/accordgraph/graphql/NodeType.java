package org.accordgraph.graphql;

import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.types.MapAccessor;

/**
 * A GraphQL type that implements {@code Node}, and the graph label of the same name: how to read
 * the key its global id is made of, how to find an instance by that key, how to make one of a node
 * read from the graph, and what reads of it return of the node. Derived from the sections of the
 * dataset format that read their labels as Node types.
 *
 * @param <T> the Java type that the GraphQL type is resolved from
 * @param projection what the type's reads return of a node {@code n}: {@code n} itself, or a map
 * projection that leaves out what is read only when asked for (a source's text)
 */
public record NodeType<T>(String name, Class<T> javaType, Function<T, String> keyOf,
		Function<String, Optional<T>> finder, Function<MapAccessor, T> mapper, String projection) {

	/** The global id of an instance of {@link #javaType()}. */
	public String idOf(Object source) {
		return globalIdOf(source).encode();
	}

	public GlobalId globalIdOf(Object source) {
		return new GlobalId(this.name, this.keyOf.apply(this.javaType.cast(source)));
	}

}
