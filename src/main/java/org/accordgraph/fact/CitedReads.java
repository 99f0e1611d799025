package org.accordgraph.fact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.accordgraph.graphql.KeysetQuery;
import org.accordgraph.graphql.Selection;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads facts for a root field in one statement shaped by what the request selects: a fact by its
 * key, or a page of facts, with their citations when selected (and a page's {@code totalCount}),
 * rather than a statement for the fact and another for each level below it.
 */
@Component
public class CitedReads {

	private final Neo4jClient neo4j;

	private final InlineCitations citations;

	CitedReads(Neo4jClient neo4j, InlineCitations citations) {
		this.neo4j = neo4j;
		this.citations = citations;
	}

	/**
	 * @param match the code's pattern binding the fact {@code n} from {@code $key}, such as
	 * {@code MATCH (n:Organisation {slug: $key})}
	 * @param selection what the request selects of the fact
	 */
	public <T> Optional<T> byKey(String match, String key, Function<MapAccessor, T> mapper, Selection selection) {
		return byKey(match, key, mapper, selection, Map.of(), (fact, row) -> {
		});
	}

	/**
	 * As {@link #byKey(String, String, Function, Selection)}, with the feature's own columns beside
	 * the fact: nested levels it reads on {@code n}, each handed to {@code eachRow}.
	 * @param columns expressions on {@code n} by column name, from the code, never from a request
	 */
	public <T> Optional<T> byKey(String match, String key, Function<MapAccessor, T> mapper, Selection selection,
			Map<String, String> columns, BiConsumer<T, MapAccessor> eachRow) {
		Map<String, String> returned = withCitations(columns, selection);
		StringBuilder statement = new StringBuilder(match).append("\nRETURN n");
		returned.forEach(
				(column, expression) -> statement.append(",\n       ").append(expression).append(" AS ").append(column));
		return this.neo4j.query(statement.toString())
			.bind(key)
			.to("key")
			.fetchAs(Object.class)
			.mappedBy((types, row) -> {
				T fact = mapper.apply(row.get("n"));
				primeCitations(selection, row);
				eachRow.accept(fact, row);
				return fact;
			})
			.one()
			.map(found -> (T) found);
	}

	/**
	 * A page of facts whose statement also counts them when the request selects
	 * {@code totalCount}, and reads each one's citations when it selects them.
	 * @param match the code's pattern that binds {@code n}, such as {@code MATCH (n:Country)}
	 * @param selection what the request selects of the connection
	 */
	public <T> KeysetQuery<T> page(String match, Function<MapAccessor, T> mapper, Selection selection) {
		Selection node = selection.below("edges/node");
		KeysetQuery<T> query = KeysetQuery.of(this.neo4j, match, mapper).counted(selection.has("totalCount"));
		withCitations(Map.of(), node).forEach(query::also);
		return query.eachRow((fact, row) -> primeCitations(node, row));
	}

	private Map<String, String> withCitations(Map<String, String> columns, Selection selection) {
		Map<String, String> returned = new LinkedHashMap<>(columns);
		if (selection.has("citations")) {
			returned.put("citations", this.citations.of("n"));
		}
		return returned;
	}

	private void primeCitations(Selection selection, MapAccessor row) {
		if (row.containsKey("citations")) {
			this.citations.prime(selection, row.get("citations"));
		}
	}

}
