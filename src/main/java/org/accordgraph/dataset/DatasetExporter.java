package org.accordgraph.dataset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads the graph back into the dataset format, section by section and record by record, each
 * handed to a {@link Sink} as it is read: nothing holds the whole graph. Import gives back the
 * same graph: every node, relationship and property (a node's version starts again at 0, and the
 * sort keys are derived again), with citations, bases, histories and keys, and so global ids.
 */
@Service
public class DatasetExporter {

	/** Where the records go: a file per section, a stream, a comparison in a test. */
	public interface Sink {

		void section(String name);

		void entry(Map<String, Object> entry);

		/** The full text of a source, which its entry names as {@code text}. */
		void sourceText(String slug, String fileName, String text);

		void endSection();

	}

	/** A node's outgoing relationships of one type, as a field of its entry. */
	private record Field(String type, String name, Kind kind) {
	}

	private enum Kind {

		/** A relationship with its own evidence: {@code {to, cite, basis, ...}}. */
		LINK,
		/** Several of them. */
		LINKS,
		/** A relationship stated by the node's own facts: the key of its end. */
		REF,
		/** Several of them. */
		REFS

	}

	private record Section(String name, String label, List<Field> fields) {
	}

	private static final List<Section> SECTIONS = List.of(new Section("sources", "Source", List.of()),
			new Section("themes", "Theme", List.of()),
			new Section("topics", "Topic", List.of(new Field("ON_THEME", "themes", Kind.REFS))),
			new Section("countries", "Country", List.of()),
			new Section("organisations", "Organisation",
					List.of(new Field("PART_OF", "partOf", Kind.LINK), new Field("BASED_IN", "basedIn", Kind.LINK))),
			new Section("projects", "Project", List.of(new Field("IMPLEMENTED_BY", "implementedBy", Kind.LINKS),
					new Field("FUNDED_BY", "fundedBy", Kind.LINKS))),
			new Section("people", "Person", List.of()),
			new Section("supportTypes", "SupportType", List.of(new Field("ON_THEME", "themes", Kind.REFS))),
			new Section("observances", "Observance", List.of()),
			new Section("conferenceSeries", "ConferenceSeries", List.of(new Field("AGREED_AT", "agreedAt", Kind.LINK))),
			new Section("conferences", "Conference", List.of(new Field("EDITION_OF", "editionOf", Kind.LINK),
					new Field("HOSTED_BY", "hostedBy", Kind.LINK), new Field("CO_ORGANISED_BY", "coOrganisers", Kind.LINKS),
					new Field("FUNDED_BY", "funders", Kind.LINKS), new Field("SUPPORTED_BY", "supporters", Kind.LINKS),
					new Field("ATTENDED_BY", "participants", Kind.LINKS), new Field("MARKS", "marks", Kind.LINK),
					new Field("DISCUSSED", "topics", Kind.LINKS))),
			new Section("statements", "Statement", List.of(new Field("SPOKEN_BY", "speaker", Kind.REF),
					new Field("IN_CAPACITY_OF", "position", Kind.REF), new Field("AT", "event", Kind.REF),
					new Field("ON_THEME", "themes", Kind.REFS), new Field("DISCUSSED", "topics", Kind.LINKS),
					new Field("REFERS_TO", "refersTo", Kind.LINKS))),
			new Section("statistics", "Statistic", List.of(new Field("REPORTED_IN", "reportedIn", Kind.LINK))),
			new Section("declarations", "Declaration", List.of(new Field("CALLED_FOR_AT", "calledForAt", Kind.LINK),
					new Field("ESTABLISHED", "establishes", Kind.LINKS))),
			new Section("actionPlans", "ActionPlan",
					List.of(new Field("OF", "country", Kind.LINK), new Field("ADOPTED_BY", "adoptedBy", Kind.LINK))),
			new Section("legalInstruments", "LegalInstrument", List.of(
					new Field("IN_JURISDICTION_OF", "jurisdiction", Kind.LINK),
					new Field("DESIGNATES", "designates", Kind.LINKS), new Field("ESTABLISHED", "establishes", Kind.LINKS))),
			new Section("commitments", "Commitment", List.of(new Field("COMMITTED_BY", "parties", Kind.LINKS),
					new Field("TO_BE_HOSTED_BY", "host", Kind.LINK), new Field("MADE_IN", "madeIn", Kind.LINK),
					new Field("FULFILLED_BY", "fulfilledBy", Kind.LINKS), new Field("CONCERNS", "series", Kind.REF),
					new Field("ON_THEME", "themes", Kind.REFS))),
			new Section("assessments", "StatusAssessment",
					List.of(new Field("BY", "by", Kind.REF), new Field("CORRECTS", "corrects", Kind.REF))));

	/** Properties derived from others, made again on import. */
	private static final Set<String> DERIVED = Set.of("version", "textKey", "sortDueDateAsc", "sortDueDateDesc",
			"sortYearAsc", "sortYearDesc");

	private static final String OUTGOING = """
			COLLECT { MATCH (n)-[r]->(m) RETURN {type: type(r), properties: properties(r),
			          to: coalesce(m.slug, m.code, m.key)} AS out ORDER BY out.type, out.to } AS out""";

	private final Driver driver;

	private final Neo4jClient neo4j;

	DatasetExporter(Driver driver, Neo4jClient neo4j) {
		this.driver = driver;
		this.neo4j = neo4j;
	}

	/** Writes every section to the sink, in one read transaction: a consistent picture of the graph. */
	public void export(Sink sink) {
		try (Session session = this.driver.session()) {
			try (Transaction tx = session.beginTransaction()) {
				for (Section section : SECTIONS) {
					sink.section(section.name());
					String query = query(section, "");
					tx.run(query).stream().forEach(row -> sink.entry(entry(section, row, sink)));
					sink.endSection();
				}
				sink.section("passages");
				tx.run("""
						MATCH (c:Citation)-[:FROM_SOURCE]->(s:Source) WHERE s.text IS NOT NULL AND NOT c.verbatim
						RETURN c, s.slug AS source ORDER BY c.key""").stream().forEach(row -> {
					Node c = row.get("c").asNode();
					String key = c.get("key").asString();
					Map<String, Object> passage = new LinkedHashMap<>();
					passage.put("source", row.get("source").asString());
					passage.put("name", key.substring(key.indexOf('#') + 1));
					passage.put("quote", c.get("quote").asString());
					passage.put("verbatim", false);
					putIfPresent(passage, "note", c.get("note"));
					sink.entry(passage);
				});
				sink.endSection();
			}
		}
	}

	/** The statement reading a section's records, each with what its entry holds; {@code where} narrows it. */
	private static String query(Section section, String where) {
		return switch (section.label()) {
			case "Source" -> "MATCH (n:Source)" + where + " RETURN n, COLLECT { MATCH (n)<-[:FROM_SOURCE]-(c:Citation) RETURN c ORDER BY c.key } AS citations ORDER BY n.slug";
			case "Person" -> "MATCH (n:Person)" + where + " RETURN n, " + OUTGOING
					+ ", COLLECT { MATCH (n)-[:HELD]->(p:Position) RETURN {position: p, out: COLLECT { MATCH (p)-[r]->(m) RETURN {type: type(r), to: coalesce(m.slug, m.code, m.key)} AS o ORDER BY o.type, o.to }} AS x ORDER BY x.position.slug } AS positions ORDER BY n.slug";
			case "Observance" -> "MATCH (n:Observance)" + where + " RETURN n, COLLECT { MATCH (n)-[:HAD_THEME]->(t) RETURN t ORDER BY t.year, t.slug } AS themes ORDER BY n.slug";
			case "StatusAssessment" -> "MATCH (s)-[:HAS_STATUS|HAD_STATUS]->(n:StatusAssessment)" + where
					+ " RETURN n, coalesce(s.slug, s.code) AS subject, " + OUTGOING + " ORDER BY subject, n.date, n.slug";
			default -> "MATCH (n:%s)%s RETURN n, %s ORDER BY n.%s".formatted(section.label(), where, OUTGOING,
					GraphPlan.keyProperty(section.label()));
		};
	}

	/** One record as the export writes it, with its section, and the source texts it names. */
	public record Exported(String section, Map<String, Object> entry, Map<String, String> sourceTexts) {

		/** The fields that are relationships to other records: changed by linking, not by editing the record. */
		public List<String> relationshipFields() {
			return SECTIONS.stream()
				.filter(s -> s.name().equals(this.section))
				.flatMap(s -> s.fields().stream())
				.map(Field::name)
				.toList();
		}

	}

	/**
	 * One record, read in the caller's transaction, as the export writes it.
	 * @return empty if no node of that label has that key, or the label has no section
	 */
	public Optional<Exported> record(String label, String key) {
		Section section = SECTIONS.stream().filter(s -> s.label().equals(label)).findFirst().orElse(null);
		if (section == null) {
			return Optional.empty();
		}
		Map<String, String> texts = new LinkedHashMap<>();
		Sink collect = new Sink() {

			@Override
			public void section(String name) {
			}

			@Override
			public void entry(Map<String, Object> entry) {
			}

			@Override
			public void sourceText(String slug, String fileName, String text) {
				texts.put(slug, text);
			}

			@Override
			public void endSection() {
			}

		};
		return this.neo4j.query(query(section, " WHERE n.%s = $key".formatted(GraphPlan.keyProperty(label))))
			.bind(key)
			.to("key")
			.fetchAs(Exported.class)
			.mappedBy((types, row) -> new Exported(section.name(), entry(section, row, collect), texts))
			.one();
	}

	private static Map<String, Object> entry(Section section, Record row, Sink sink) {
		Node node = row.get("n").asNode();
		Map<String, Object> entry = properties(node.asMap());
		switch (section.label()) {
			case "Source" -> source(entry, node, row.get("citations").asList(Value::asNode), sink);
			case "Person" -> entry.put("positions", row.get("positions").asList(x -> position(x)));
			case "Observance" -> entry.put("themes", row.get("themes").asList(t -> {
				Map<String, Object> theme = properties(t.asNode().asMap());
				theme.remove("slug");
				return theme;
			}));
			case "StatusAssessment" -> {
				Map<String, Object> assessment = new LinkedHashMap<>();
				assessment.put("subject", row.get("subject").asString());
				assessment.putAll(entry);
				entry = assessment;
			}
			default -> {
			}
		}
		if (!section.fields().isEmpty()) {
			outgoing(entry, section.fields(), row.get("out").asList(Value::asMap));
		}
		return entry;
	}

	private static void source(Map<String, Object> entry, Node node, List<Node> citations, Sink sink) {
		boolean texted = node.containsKey("text");
		if (texted) {
			String slug = node.get("slug").asString();
			String file = "sources/" + slug + ".txt";
			sink.sourceText(slug, file, node.get("text").asString());
			entry.put("text", file);
		}
		Map<String, Object> passages = new LinkedHashMap<>();
		for (Node citation : citations) {
			if (texted && !citation.get("verbatim").asBoolean(false)) {
				continue;
			}
			String key = citation.get("key").asString();
			String name = key.substring(key.indexOf('#') + 1);
			if (citation.containsKey("note")) {
				passages.put(name, Map.of("quote", citation.get("quote").asString(), "note",
						citation.get("note").asString()));
			}
			else {
				passages.put(name, citation.get("quote").asString());
			}
		}
		entry.put("citations", passages);
	}

	private static Map<String, Object> position(Value row) {
		Map<String, Object> position = properties(row.get("position").asNode().asMap());
		for (Value out : row.get("out").values()) {
			String name = switch (out.get("type").asString()) {
				case "AT" -> "organisation";
				case "HELD_AT" -> "heldAt";
				default -> null;
			};
			if (name != null) {
				position.put(name, out.get("to").asString());
			}
		}
		return position;
	}

	@SuppressWarnings("unchecked")
	private static void outgoing(Map<String, Object> entry, List<Field> fields, List<Map<String, Object>> out) {
		for (Field field : fields) {
			List<Map<String, Object>> rows = out.stream().filter(r -> field.type().equals(r.get("type"))).toList();
			if (rows.isEmpty()) {
				continue;
			}
			switch (field.kind()) {
				case REF -> entry.put(field.name(), rows.get(0).get("to"));
				case REFS -> entry.put(field.name(), rows.stream().map(r -> r.get("to")).toList());
				case LINK -> entry.put(field.name(), link(rows.get(0)));
				case LINKS -> entry.put(field.name(), rows.stream().map(DatasetExporter::link).toList());
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
	private static Map<String, Object> properties(Map<String, Object> properties) {
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

	private static final List<String> DATE_PARTS = List.of("Latest", "Precision", "Approximate", "Text", "Basis",
			"Reasoning");

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

	private static void putIfPresent(Map<String, Object> map, String name, Object value) {
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
