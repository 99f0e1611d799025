package org.accordgraph.graphql;

import java.util.Optional;
import java.util.function.Function;

/**
 * A GraphQL type that implements {@code Node}: how to read the key its global id is made of,
 * and how to find an instance by that key. Features declare one bean per such type.
 *
 * @param <T> the Java type that the GraphQL type is resolved from
 */
public record NodeType<T>(String name, Class<T> javaType, Function<T, String> keyOf,
		Function<String, Optional<T>> finder) {

	public static <T> NodeType<T> of(Class<T> javaType, Function<T, String> keyOf,
			Function<String, Optional<T>> finder) {
		return new NodeType<>(javaType.getSimpleName(), javaType, keyOf, finder);
	}

	String idOf(Object source) {
		return new GlobalId(this.name, this.keyOf.apply(this.javaType.cast(source))).encode();
	}

}
