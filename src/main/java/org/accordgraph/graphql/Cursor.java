package org.accordgraph.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.graphql.Ordering.SortKey;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An opaque cursor: the sort-key values of one row and the ordering they belong to. Because it
 * holds values rather than a position, it stays valid when rows are added before it.
 */
final class Cursor {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Cursor() {
	}

	static String encode(Ordering ordering, List<Object> values) {
		List<String> parts = new ArrayList<>(values.size() + 1);
		parts.add(ordering.name());
		values.forEach(value -> parts.add(String.valueOf(value)));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(parts));
	}

	/** The cursor's values as query parameters {@code cursor0}, {@code cursor1} ... */
	static Map<String, Object> decode(String cursor, Ordering ordering, String argument) {
		List<String> parts;
		try {
			parts = JSON.readValue(Base64.getUrlDecoder().decode(cursor), new TypeReference<List<String>>() {
			});
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new InvalidArgumentException(argument, "'" + cursor + "' is not a cursor");
		}
		if (parts.size() != ordering.keys().size() + 1 || !ordering.name().equals(parts.get(0))) {
			throw new InvalidArgumentException(argument,
					"'" + cursor + "' is a cursor of another list or order; use the cursors this list returned");
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < ordering.keys().size(); i++) {
			parameters.put("cursor" + i, parse(parts.get(i + 1), ordering.keys().get(i), cursor, argument));
		}
		return parameters;
	}

	private static Object parse(String value, SortKey key, String cursor, String argument) {
		try {
			return switch (key.type()) {
				case STRING -> value;
				case INTEGER -> Long.parseLong(value);
				case FLOAT -> Double.parseDouble(value);
				case DATE -> LocalDate.parse(value);
			};
		}
		catch (RuntimeException ex) {
			throw new InvalidArgumentException(argument, "'" + cursor + "' is not a cursor");
		}
	}

}
