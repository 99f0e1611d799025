package org.accordgraph.graphql;

import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.types.MapAccessor;

/**
 * A GraphQL type that implements {@code Node}, and the graph label of the same name: how to read
 * the key its global id is made of, how to find an instance by that key, and how to make one of
 * a node read from the graph. Features declare one bean per such type.
 *
 * @param <T> the Java type that the GraphQL type is resolved from
 */
public record NodeType<T>(String name, Class<T> javaType, Function<T, String> keyOf,
		Function<String, Optional<T>> finder, Function<MapAccessor, T> mapper) {

	/** The GraphQL type and the graph label are named after the Java type. */
	public static <T> NodeType<T> of(Class<T> javaType, Function<T, String> keyOf,
			Function<String, Optional<T>> finder, Function<MapAccessor, T> mapper) {
		return new NodeType<>(javaType.getSimpleName(), javaType, keyOf, finder, mapper);
	}

	/** The global id of an instance of {@link #javaType()}. */
	public String idOf(Object source) {
		return globalIdOf(source).encode();
	}

	public GlobalId globalIdOf(Object source) {
		return new GlobalId(this.name, this.keyOf.apply(this.javaType.cast(source)));
	}

}
