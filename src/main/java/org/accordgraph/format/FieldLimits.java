package org.accordgraph.format;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.accordgraph.graphql.GlobalId;

/** How long what a dataset or a curator sends may be, wherever it is checked. */
public final class FieldLimits {

	/** The longest key, the same a global id may carry. */
	public static final int MAX_KEY_LENGTH = GlobalId.MAX_KEY_LENGTH;

	/** The longest text a field may hold; a source's full text is a file of its own, not a field. */
	public static final int MAX_TEXT_LENGTH = 20_000;

	/** What a problem with a field too long says. */
	static final String TOO_LONG = "is longer than " + MAX_TEXT_LENGTH + " characters";

	private FieldLimits() {
	}

	/**
	 * The first field of an entry, from the entry down through its records, lists and maps, whose
	 * text is longer than a field may hold, as the dataset format names it
	 * ({@code positions[0].title}, {@code citations.release.quote}); null if none is.
	 */
	static String longField(Object value, String path) {
		if (value instanceof String text) {
			return (text.length() > MAX_TEXT_LENGTH) ? path : null;
		}
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				String found = longField(list.get(i), path + "[" + i + "]");
				if (found != null) {
					return found;
				}
			}
		}
		if (value instanceof Map<?, ?> map) {
			for (var item : map.entrySet()) {
				String found = longField(item.getKey(), within(path, String.valueOf(item.getKey())));
				found = (found != null) ? found : longField(item.getValue(), within(path, String.valueOf(item.getKey())));
				if (found != null) {
					return found;
				}
			}
		}
		if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				String found = longField(valueOf(component, record), within(path, component.getName()));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String within(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	private static Object valueOf(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("the entry record " + record.getClass().getName() + " is not readable", ex);
		}
	}

}
