package org.accordgraph.neo4j;

import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Finds one thing by its key. */
public final class Lookup {

	private Lookup() {
	}

	/**
	 * @param cypher a query that receives {@code $key} and returns at most one row, its first
	 * column the node (or projection) to map
	 */
	public static <T> Optional<T> byKey(Neo4jClient neo4j, String cypher, String key, Function<MapAccessor, T> mapper) {
		return neo4j.query(cypher)
			.bind(key)
			.to("key")
			.fetchAs(Object.class)
			.mappedBy((types, record) -> mapper.apply(record.get(0)))
			.one()
			.map(found -> (T) found);
	}

}
