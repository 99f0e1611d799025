package org.accordgraph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hands the results of a batch query, keyed by parent key, back to a {@code @BatchMapping} method
 * in the form it returns: per parent object.
 */
public final class BatchResults {

	private BatchResults() {
	}

	/**
	 * At most one value per parent, as a map: a parent without a value is absent, and resolves to
	 * null (a list could not hold the null).
	 */
	public static <S, V> Map<S, V> byParent(List<S> parents, Function<S, String> key, Map<String, V> values) {
		Map<S, V> result = new LinkedHashMap<>();
		for (S parent : parents) {
			V value = values.get(key.apply(parent));
			if (value != null) {
				result.put(parent, value);
			}
		}
		return result;
	}

	/** A list per parent; empty where a parent has none. */
	public static <S, V> List<List<V>> listsInOrder(List<S> parents, Function<S, String> key,
			Map<String, List<V>> values) {
		return parents.stream().map(parent -> values.getOrDefault(key.apply(parent), List.of())).toList();
	}

	/** The keys of the parents, to pass to the batch query. */
	public static <S> List<String> keys(List<S> parents, Function<S, String> key) {
		return parents.stream().map(key).toList();
	}

}
