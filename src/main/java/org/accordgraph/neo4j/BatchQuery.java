package org.accordgraph.neo4j;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One query for many parents: the Cypher receives the parents' keys as {@code $keys} and returns
 * a {@code key} column saying which parent each row belongs to. This is how nested fields are
 * loaded without a query per parent.
 */
public final class BatchQuery {

	private BatchQuery() {
	}

	/** Rows grouped by parent key, in the order the query returns them. */
	public static <T> Map<String, List<T>> many(Neo4jClient neo4j, String cypher, Collection<String> keys,
			Function<Record, T> mapper) {
		return many(neo4j, cypher, keys, Map.of(), mapper);
	}

	/** As {@link #many(Neo4jClient, String, Collection, Function)}, with more parameters beside {@code $keys}. */
	public static <T> Map<String, List<T>> many(Neo4jClient neo4j, String cypher, Collection<String> keys,
			Map<String, Object> parameters, Function<Record, T> mapper) {
		return rows(neo4j, cypher, keys, parameters, mapper).stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** At most one row per parent key; a row the mapper makes nothing of (null) leaves its parent out. */
	public static <T> Map<String, T> one(Neo4jClient neo4j, String cypher, Collection<String> keys,
			Function<Record, T> mapper) {
		return rows(neo4j, cypher, keys, Map.of(), mapper).stream()
			.filter(entry -> entry.getValue() != null)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
	}

	private static <T> List<Map.Entry<String, T>> rows(Neo4jClient neo4j, String cypher, Collection<String> keys,
			Map<String, Object> parameters, Function<Record, T> mapper) {
		return neo4j.query(cypher)
			.bindAll(parameters)
			.bind(List.copyOf(keys))
			.to("keys")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, record) -> new AbstractMap.SimpleImmutableEntry<>(record.get("key").asString(),
					mapper.apply(record)))
			.all()
			.stream()
			.<Map.Entry<String, T>>map(entry -> (Map.Entry<String, T>) entry)
			.toList();
	}

}
