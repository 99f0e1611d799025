package org.accordgraph.graphql;

import java.time.LocalDate;
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

		STRING("''", "'\\uFFFF'", "", "\uFFFF"),
		INTEGER("-9007199254740991", "9007199254740991", -9007199254740991L, 9007199254740991L),
		FLOAT("-1.0e308", "1.0e308", -1.0e308, 1.0e308),
		DATE("date('0001-01-01')", "date('9999-12-31')", LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

		private final String lowest;

		private final String highest;

		private final Object lowestValue;

		private final Object highestValue;

		ValueType(String lowest, String highest, Object lowestValue, Object highestValue) {
			this.lowest = lowest;
			this.highest = highest;
			this.lowestValue = lowestValue;
			this.highestValue = highestValue;
		}

		/** A Cypher literal that sorts after (highest) or before every value of the type. */
		String extreme(boolean highest) {
			return highest ? this.highest : this.lowest;
		}

		/**
		 * The value to store for a missing one in a sort key that lists it last: the highest value
		 * of the type in a key for ascending order, the lowest in one for descending order.
		 */
		public Object missing(boolean descending) {
			return descending ? this.lowestValue : this.highestValue;
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

	/**
	 * Like {@link #by}, on a sort key stored in two properties that are never null, such as
	 * {@code sortDueDateAsc} and {@code sortDueDateDesc} for {@code dueDate}: a missing value is
	 * stored as {@link ValueType#missing}, so rows without one still come last, and an index on
	 * the property serves the order, the cursor and the page.
	 *
	 * @param property the property the keys are stored for, such as {@code dueDate}
	 */
	public static Ordering byStoredKey(String list, Enum<?> field, OrderDirection direction, String property,
			ValueType type, String uniqueKey) {
		return byRequired(list, field, direction, "n." + storedKey(property, direction == OrderDirection.DESC), type,
				uniqueKey);
	}

	/**
	 * Like {@link #by}, on an expression that is never null, such as a required property: with
	 * nothing to coalesce, an index on it serves the order, the cursor and the page.
	 */
	public static Ordering byRequired(String list, Enum<?> field, OrderDirection direction, String expression,
			ValueType type, String uniqueKey) {
		boolean descending = direction == OrderDirection.DESC;
		return of(list + "/" + field.name() + "/" + direction.name(), new SortKey(expression, type, descending),
				new SortKey(uniqueKey, ValueType.STRING, descending));
	}

	/** The property that holds the sort key of {@code property} for one direction. */
	public static String storedKey(String property, boolean descending) {
		return "sort" + Character.toUpperCase(property.charAt(0)) + property.substring(1) + (descending ? "Desc" : "Asc");
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
	 * True of every row, since sort keys are never null; said so that the planner may read the
	 * rows in order from an index on the first key, which holds only rows that have it.
	 */
	String present() {
		return this.keys.get(0).expression() + " IS NOT NULL";
	}

	/**
	 * The rows strictly after the cursor in this order ({@code reversed}: strictly before), the
	 * cursor's values bound as {@code $cursor0}, {@code $cursor1} ...
	 */
	String beyondCursor(boolean reversed) {
		return beyondCursor(0, reversed);
	}

	/**
	 * Beyond the cursor from key {@code i} on: at or beyond its value, and not at its value with
	 * the rest not beyond. Written without OR, which the planner would answer with a union of
	 * index seeks that loses the index's order, so that it seeks the first key's index instead.
	 */
	private String beyondCursor(int i, boolean reversed) {
		SortKey key = this.keys.get(i);
		boolean down = key.descending() != reversed;
		String value = "$cursor" + i;
		if (i == this.keys.size() - 1) {
			return key.expression() + (down ? " < " : " > ") + value;
		}
		return "(" + key.expression() + (down ? " <= " : " >= ") + value + " AND NOT (" + key.expression() + " = "
				+ value + " AND NOT " + beyondCursor(i + 1, reversed) + "))";
	}

}
