package org.accordgraph.neo4j;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Reads optional properties of nodes and relationships, null where the property is absent. */
public final class Fields {

	private Fields() {
	}

	public static String text(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return value.isNull() ? null : value.asString();
	}

	public static LocalDate date(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return value.isNull() ? null : value.asLocalDate();
	}

	public static Integer integer(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return value.isNull() ? null : value.asInt();
	}

	public static Double number(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return value.isNull() ? null : value.asDouble();
	}

	public static boolean flag(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return !value.isNull() && value.asBoolean();
	}

	/** A list of strings; empty where the property is absent. */
	public static List<String> texts(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

	/** The properties named {@code <prefix><suffix>}, by suffix, in alphabetical order. */
	public static Map<String, String> suffixed(MapAccessor entity, String prefix) {
		Map<String, String> result = new TreeMap<>();
		for (String key : entity.keys()) {
			if (key.startsWith(prefix)) {
				result.put(key.substring(prefix.length()), entity.get(key).asString());
			}
		}
		return result;
	}

}
