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
	}

	/** The types a sort key may have, so that a cursor's values are bound with their type. */
	public enum ValueType {

		STRING("''", "'\\uFFFF'"), INTEGER("-9007199254740991", "9007199254740991"), FLOAT("-1.0e308", "1.0e308"),
		DATE("date('0001-01-01')", "date('9999-12-31')");

		private final String lowest;

		private final String highest;

		ValueType(String lowest, String highest) {
			this.lowest = lowest;
			this.highest = highest;
		}

		/** A Cypher literal that sorts after (highest) or before every value of the type. */
		String extreme(boolean highest) {
			return highest ? this.highest : this.lowest;
		}

	}

	public static Ordering of(String name, SortKey... keys) {
		return new Ordering(name, List.of(keys));
	}

	/**
	 * The order a client asked for: one field, then the unique key to break ties, both in the
	 * requested direction. Rows where the field is null come last either way.
	 *
	 * @param list the list's name, such as {@code commitments}
	 * @param field the client's name for the field, such as {@code DUE_DATE}
	 * @param expression the field as a Cypher expression on {@code n}
	 * @param uniqueKey the node's unique key as a Cypher expression, such as {@code n.slug}
	 */
	public static Ordering by(String list, Enum<?> field, OrderDirection direction, String expression, ValueType type,
			String uniqueKey) {
		boolean descending = direction == OrderDirection.DESC;
		String nullsLast = "coalesce(" + expression + ", " + type.extreme(!descending) + ")";
		return of(list + "/" + field.name() + "/" + direction.name(), new SortKey(nullsLast, type, descending),
				new SortKey(uniqueKey, ValueType.STRING, descending));
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
