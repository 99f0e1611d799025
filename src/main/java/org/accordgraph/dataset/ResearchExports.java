package org.accordgraph.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.accordgraph.format.Label;
import org.accordgraph.format.RelationshipType;
import org.accordgraph.format.Sections;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.stereotype.Service;

/**
 * The graph in the forms researchers' tools open: CSV, a file per node label and per
 * relationship type (pandas, R, spreadsheets), and GraphML (Gephi, Cytoscape, NetworkX). Each
 * node is named {@code Label:key}, as the audit trail names it; a list is written as a JSON
 * array, a date in ISO 8601. Rows are written as they are read, in one read transaction. Only
 * the labels and relationship types of the dataset format's sections are exported: bookkeeping
 * (the audit trail, imports, the migration tool's own records, versions, sort keys) is left out.
 */
@Service
public class ResearchExports {

	private static final List<String> LEFT_OUT = List.of("version", "textKey", "sortDueDateAsc", "sortDueDateDesc",
			"sortYearAsc", "sortYearDesc");

	private static final String NAME = "head(labels(%1$s)) + ':' + coalesce(%1$s.slug, %1$s.code, %1$s.key)";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CsvMapper CSV = CsvMapper.builder().build();

	private final Driver driver;

	private final Sections sections;

	private final ExportMetadata metadata;

	ResearchExports(Driver driver, Sections sections, ExportMetadata metadata) {
		this.driver = driver;
		this.sections = sections;
		this.metadata = metadata;
	}

	private List<String> labelNames() {
		return this.sections.labels().stream().map(Label::name).toList();
	}

	private List<String> typeNames() {
		return this.sections.relationshipTypes().stream().map(RelationshipType::name).toList();
	}

	/** A zip of {@code nodes/<Label>.csv} and {@code relationships/<TYPE>.csv}, each with a header row. */
	public void csv(OutputStream out) {
		try (Session session = this.driver.session();
				Transaction tx = session.beginTransaction();
				ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("metadata.json"));
			zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this.metadata.now()));
			zip.closeEntry();
			for (Label label : this.sections.labels()) {
				List<String> columns = new ArrayList<>(List.of("id", "label"));
				columns.addAll(keys(tx, "MATCH (n:%s) UNWIND keys(n) AS k RETURN DISTINCT k ORDER BY k".formatted(label)));
				if (columns.size() == 2) {
					continue;
				}
				zip.putNextEntry(new ZipEntry("nodes/" + label + ".csv"));
				writeCsv(zip, columns, tx.run("MATCH (n:%s) RETURN %s AS id, properties(n) AS p ORDER BY id"
					.formatted(label, NAME.formatted("n"))).stream().map(row -> row(row.get("p"),
						Map.of("id", row.get("id").asString(), "label", label.name()))));
				zip.closeEntry();
			}
			for (RelationshipType type : this.sections.relationshipTypes()) {
				List<String> columns = new ArrayList<>(List.of("source", "target", "type"));
				columns.addAll(keys(tx, "MATCH ()-[r:%s]->() UNWIND keys(r) AS k RETURN DISTINCT k ORDER BY k".formatted(type)));
				if (tx.run("MATCH ()-[r:%s]->() RETURN count(r) > 0 AS any".formatted(type)).single().get("any").isFalse()) {
					continue;
				}
				zip.putNextEntry(new ZipEntry("relationships/" + type + ".csv"));
				writeCsv(zip, columns, tx.run("MATCH (a)-[r:%s]->(b) RETURN %s AS source, %s AS target, properties(r) AS p ORDER BY source, target"
					.formatted(type, NAME.formatted("a"), NAME.formatted("b"))).stream().map(row -> row(row.get("p"),
						Map.of("source", row.get("source").asString(), "target", row.get("target").asString(), "type",
								type.name()))));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * GraphML: every node with its labels and properties, every relationship as a directed edge
	 * with its type and properties; each property declared once, with the type of its values.
	 */
	public void graphml(OutputStream out) {
		try (Session session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			Map<String, Object> known = Map.of("labels", labelNames(), "types", typeNames());
			Map<String, String> nodeKeys = types(tx.run(NODES + " UNWIND keys(n) AS k RETURN k, n[k] AS v", known));
			Map<String, String> edgeKeys = types(tx.run(EDGES + " UNWIND keys(r) AS k RETURN k, r[k] AS v", known));
			XMLStreamWriter xml = XMLOutputFactory.newFactory()
				.createXMLStreamWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
			declare(xml, "node", "labels", "string", "n:labels");
			nodeKeys.forEach((key, type) -> declare(xml, "node", key, type, "n:" + key));
			declare(xml, "edge", "type", "string", "e:type");
			edgeKeys.forEach((key, type) -> declare(xml, "edge", key, type, "e:" + key));
			Map<String, String> about = this.metadata.now();
			about.keySet().forEach(key -> declare(xml, "graph", key, "string", "g:" + key));
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "accord-graph");
			xml.writeAttribute("edgedefault", "directed");
			for (var entry : about.entrySet()) {
				data(xml, "g:" + entry.getKey(), entry.getValue());
			}
			for (var row : (Iterable<org.neo4j.driver.Record>) tx.run(NODES + " RETURN " + NAME.formatted("n")
					+ " AS id, labels(n) AS labels, properties(n) AS p ORDER BY id", known).stream()::iterator) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", row.get("id").asString());
				data(xml, "n:labels", String.join(":", row.get("labels").asList(Value::asString)));
				for (var property : row(row.get("p"), Map.of()).entrySet()) {
					data(xml, "n:" + property.getKey(), property.getValue());
				}
				xml.writeEndElement();
			}
			long edge = 0;
			for (var row : (Iterable<org.neo4j.driver.Record>) tx.run(EDGES + " RETURN " + NAME.formatted("a")
					+ " AS source, " + NAME.formatted("b") + " AS target, type(r) AS type, properties(r) AS p ORDER BY source, type, target",
					known).stream()::iterator) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "e" + edge++);
				xml.writeAttribute("source", row.get("source").asString());
				xml.writeAttribute("target", row.get("target").asString());
				data(xml, "e:type", row.get("type").asString());
				for (var property : row(row.get("p"), Map.of()).entrySet()) {
					data(xml, "e:" + property.getKey(), property.getValue());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write GraphML", ex);
		}
	}

	private static List<String> keys(Transaction tx, String query) {
		return tx.run(query).list(row -> row.get("k").asString()).stream().filter(k -> !LEFT_OUT.contains(k)).toList();
	}

	/** The nodes of the format's labels ({@code $labels}), as {@code n}. */
	private static final String NODES = "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)";

	/** The relationships of the format's types ({@code $types}) between them, as {@code r} from {@code a} to {@code b}. */
	private static final String EDGES = "MATCH (a)-[r]->(b) WHERE type(r) IN $types";

	/** Each property and the GraphML type of its values: long, double or boolean where all are, else string. */
	private static Map<String, String> types(org.neo4j.driver.Result result) {
		Map<String, String> types = new TreeMap<>();
		result.stream().forEach(row -> {
			String key = row.get("k").asString();
			if (LEFT_OUT.contains(key)) {
				return;
			}
			Object value = row.get("v").asObject();
			String type = (value instanceof Long) ? "long" : (value instanceof Double) ? "double"
					: (value instanceof Boolean) ? "boolean" : "string";
			types.merge(key, type, (a, b) -> a.equals(b) ? a : "string");
		});
		return types;
	}

	private static void declare(XMLStreamWriter xml, String target, String name, String type, String id) {
		try {
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", id);
			xml.writeAttribute("for", target);
			xml.writeAttribute("attr.name", name);
			xml.writeAttribute("attr.type", type);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	/** Properties as text: lists as JSON arrays, dates in ISO 8601; bookkeeping left out. */
	private static Map<String, String> row(Value properties, Map<String, String> first) {
		Map<String, String> row = new LinkedHashMap<>(first);
		new TreeMap<>(properties.asMap()).forEach((key, value) -> {
			if (!LEFT_OUT.contains(key) && value != null) {
				row.put(key, (value instanceof List<?>) ? JSON.writeValueAsString(value)
						: (value instanceof TemporalAccessor) ? value.toString() : String.valueOf(value));
			}
		});
		return row;
	}

	private static void writeCsv(OutputStream zip, List<String> columns, java.util.stream.Stream<Map<String, String>> rows)
			throws IOException {
		CsvSchema schema = CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).build().withHeader();
		Writer writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
		try (SequenceWriter csv = CSV.writer(schema).writeValues(writer)) {
			rows.map(ResearchExports::inert).forEach(csv::write);
		}
	}

	/** What a spreadsheet would run as a formula: a text that starts with one of these. */
	private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("^[=+\\-@\t\r].*", java.util.regex.Pattern.DOTALL);

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

	/**
	 * The row with every text a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage
	 * return first, as OWASP lists them) started with an apostrophe, so that opening the file runs
	 * nothing a curator typed; numbers stay as they are.
	 */
	private static Map<String, String> inert(Map<String, String> row) {
		Map<String, String> safe = new LinkedHashMap<>(row);
		safe.replaceAll((column, value) -> (value != null && FORMULA.matcher(value).matches()
				&& !NUMBER.matcher(value).matches()) ? "'" + value : value);
		return safe;
	}

	/** The zip stream stays open when one entry's writer is closed. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
