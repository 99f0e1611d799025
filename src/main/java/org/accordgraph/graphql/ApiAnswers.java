package org.accordgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reading the data of an answer of {@link ApiQueries}: GraphQL's JSON as maps and lists, an
 * object by its field name, a list of objects, a connection's nodes.
 */
public final class ApiAnswers {

	private ApiAnswers() {
	}

	/** The object in the field; null where the field is null or absent. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Map<String, Object> data, String field) {
		return (Map<String, Object>) data.get(field);
	}

	/** The objects in the list field; empty where the field is null or absent. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> list(Map<String, Object> data, String field) {
		Object value = data.get(field);
		return (value != null) ? (List<Map<String, Object>>) value : List.of();
	}

	/** The nodes of a connection's edges, in order, in a list that may be changed. */
	public static List<Map<String, Object>> nodes(Map<String, Object> connection) {
		return list(connection, "edges").stream()
			.map(edge -> map(edge, "node"))
			.collect(Collectors.toCollection(ArrayList::new));
	}

}
