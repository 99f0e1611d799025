package org.accordgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the rows of a list are ordered: sort keys evaluated on the node {@code n}, the last of them
 * unique so that the order is total and a cursor names exactly one position. Expressions must
 * never be null (use {@code coalesce}); the cursor holds their values.
 *
 * @param name identifies the list and its order inside cursors, so that a cursor of one list or
 * order is refused by another
 */
public record Ordering(String name, List<SortKey> keys) {

	/** One sort key: a Cypher expression on {@code n}, its type and its direction. */
	public record SortKey(String expression, ValueType type, boolean descending) {

		public static SortKey ascending(String expression, ValueType type) {
			return new SortKey(expression, type, false);
		}

		public static SortKey descending(String expression, ValueType type) {
			return new SortKey(expression, type, true);
		}

	}

	/** The types a sort key may have, so that a cursor's values are bound with their type. */
	public enum ValueType {

		STRING, INTEGER, FLOAT, DATE

	}

	public static Ordering of(String name, SortKey... keys) {
		return new Ordering(name, List.of(keys));
	}

	String orderBy(boolean reversed) {
		return this.keys.stream()
			.map(key -> key.expression() + ((key.descending() != reversed) ? " DESC" : " ASC"))
			.collect(Collectors.joining(", "));
	}

	String values() {
		return this.keys.stream().map(SortKey::expression).collect(Collectors.joining(", ", "[", "]"));
	}

	/**
	 * The rows strictly after the cursor in this order ({@code reversed}: strictly before), the
	 * cursor's values bound as {@code $cursor0}, {@code $cursor1} ...
	 */
	String beyondCursor(boolean reversed) {
		List<String> alternatives = new ArrayList<>();
		for (int i = 0; i < this.keys.size(); i++) {
			List<String> terms = new ArrayList<>();
			for (int j = 0; j < i; j++) {
				terms.add(this.keys.get(j).expression() + " = $cursor" + j);
			}
			SortKey key = this.keys.get(i);
			terms.add(key.expression() + ((key.descending() != reversed) ? " < " : " > ") + "$cursor" + i);
			alternatives.add("(" + String.join(" AND ", terms) + ")");
		}
		return "(" + String.join(" OR ", alternatives) + ")";
	}

}
