package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.accordgraph.graphql.Ordering;
import org.accordgraph.graphql.Ordering.ValueType;

/**
 * The properties commitments are sorted by, stored with the facts they come from so that an index
 * serves every order the list offers: the text in lower case, and the due date and year in both
 * directions, a missing one written as the value that sorts it last (see migration V0005 for
 * commitments stored before).
 */
public final class CommitmentSortKeys {

	private CommitmentSortKeys() {
	}

	public static Map<String, Object> of(String text, LocalDate dueDate, Integer year) {
		Map<String, Object> keys = new HashMap<>();
		keys.put("textKey", (text != null) ? text.toLowerCase(Locale.ROOT) : null);
		keys.putAll(both("dueDate", dueDate, ValueType.DATE));
		keys.putAll(both("year", (year != null) ? year.longValue() : null, ValueType.INTEGER));
		return keys;
	}

	private static Map<String, Object> both(String property, Object value, ValueType type) {
		return Map.of(Ordering.storedKey(property, false), (value != null) ? value : type.missing(false),
				Ordering.storedKey(property, true), (value != null) ? value : type.missing(true));
	}

}
