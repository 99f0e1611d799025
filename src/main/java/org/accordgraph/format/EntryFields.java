package org.accordgraph.format;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.accordgraph.fact.Basis;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * The graph read back into entries of the dataset format: a node's properties as the fields of
 * its entry, its outgoing relationships as the fields that state them. What {@link Mapping} writes,
 * this reads, so that import gives back the same graph.
 */
public final class EntryFields {

	/** Properties derived from others, made again on import. */
	private static final Set<String> DERIVED = Set.of("version", "textKey", "sortDueDateAsc", "sortDueDateDesc",
			"sortYearAsc", "sortYearDesc");

	/** A node's outgoing relationships, as {@code out}: type, properties and the key of the end. */
	public static final String OUTGOING = """
			COLLECT { MATCH (n)-[r]->(m) RETURN {type: type(r), properties: properties(r),
			          to: coalesce(m.slug, m.code, m.key)} AS out ORDER BY out.type, out.to } AS out""";

	private static final List<String> DATE_PARTS = List.of("Latest", "Precision", "Approximate", "Text", "Basis",
			"Reasoning");

	private EntryFields() {
	}

	/** Reads the nodes of a label, {@code n}, with their outgoing relationships, {@code out}, in key order. */
	static String query(Label label, String where) {
		return "MATCH (n:%s)%s RETURN n, %s ORDER BY n.%s".formatted(label, where, OUTGOING, label.keyProperty());
	}

	/** An entry from a row of {@link #query}: the node's properties and the relationships among {@code fields}. */
	public static Map<String, Object> entry(Record row, List<RelationshipField> fields) {
		Map<String, Object> entry = properties(row.get("n").asNode().asMap());
		if (!fields.isEmpty()) {
			outgoing(entry, fields, row.get("out").asList(Value::asMap));
		}
		return entry;
	}

	/** The properties of a node read as its entry. */
	public static Map<String, Object> properties(Node node) {
		return properties(node.asMap());
	}

	@SuppressWarnings("unchecked")
	public static void outgoing(Map<String, Object> entry, List<RelationshipField> fields, List<Map<String, Object>> out) {
		for (RelationshipField field : fields) {
			List<Map<String, Object>> rows = out.stream().filter(r -> field.type().equals(r.get("type"))).toList();
			if (rows.isEmpty()) {
				continue;
			}
			switch (field.kind()) {
				case REF -> entry.put(field.name(), rows.get(0).get("to"));
				case REFS -> entry.put(field.name(), rows.stream().map(r -> r.get("to")).toList());
				case LINK -> entry.put(field.name(), link(rows.get(0)));
				case LINKS -> entry.put(field.name(), rows.stream().map(EntryFields::link).toList());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> link(Map<String, Object> row) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("to", row.get("to"));
		link.putAll(properties((Map<String, Object>) row.get("properties")));
		return link;
	}

	/**
	 * A node's or relationship's properties as the fields of its entry: dates folded back into
	 * {@code {date, approximate, text, basis, reasoning}}, the facts an inference rests on named by
	 * key, names in other languages gathered, a participant count with its words.
	 */
	public static Map<String, Object> properties(Map<String, Object> properties) {
		Map<String, Object> entry = new LinkedHashMap<>();
		Map<String, Object> names = new TreeMap<>();
		for (var property : new TreeMap<>(properties).entrySet()) {
			String name = property.getKey();
			Object value = property.getValue();
			if (DERIVED.contains(name) || isPartOfDate(name, properties) || name.startsWith("participantCount")) {
				continue;
			}
			if (properties.containsKey(name + "Precision")) {
				entry.put(name, date(name, properties));
			}
			else if (name.startsWith("name_")) {
				names.put(name.substring(5), value);
			}
			else if (name.equals("citations")) {
				entry.put("cite", value);
			}
			else if (name.equals("restsOn")) {
				entry.put("restsOn", ((List<?>) value).stream()
					.map(key -> String.valueOf(key).substring(String.valueOf(key).indexOf(':') + 1))
					.toList());
			}
			else {
				entry.put(name, value);
			}
		}
		if (!names.isEmpty()) {
			entry.put("names", names);
		}
		if (properties.containsKey("participantCount")) {
			Map<String, Object> count = new LinkedHashMap<>();
			count.put("value", properties.get("participantCount"));
			putIfPresent(count, "approximate", properties.get("participantCountApproximate"));
			putIfPresent(count, "text", properties.get("participantCountText"));
			putIfPresent(count, "basis", properties.get("participantCountBasis"));
			putIfPresent(count, "reasoning", properties.get("participantCountReasoning"));
			entry.put("participantCount", count);
		}
		return entry;
	}

	private static boolean isPartOfDate(String name, Map<String, Object> properties) {
		for (String part : DATE_PARTS) {
			if (name.endsWith(part) && properties.containsKey(name.substring(0, name.length() - part.length()) + "Precision")
					&& !name.equals(name.substring(0, name.length() - part.length()))) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, Object> date(String name, Map<String, Object> properties) {
		LocalDate earliest = (LocalDate) properties.get(name);
		String iso = switch (String.valueOf(properties.get(name + "Precision"))) {
			case "YEAR" -> String.valueOf(earliest.getYear());
			case "MONTH" -> YearMonth.from(earliest).toString();
			default -> earliest.toString();
		};
		Map<String, Object> date = new LinkedHashMap<>();
		date.put("date", iso);
		putIfPresent(date, "approximate", properties.get(name + "Approximate"));
		putIfPresent(date, "text", properties.get(name + "Text"));
		Object basis = properties.get(name + "Basis");
		if (basis != null && !"STATED".equals(basis)) {
			date.put("basis", basis);
		}
		putIfPresent(date, "reasoning", properties.get(name + "Reasoning"));
		return date;
	}

	public static void putIfPresent(Map<String, Object> map, String name, Object value) {
		if (value instanceof Value driverValue) {
			if (!driverValue.isNull()) {
				map.put(name, driverValue.asObject());
			}
		}
		else if (value != null) {
			map.put(name, value);
		}
	}

}
