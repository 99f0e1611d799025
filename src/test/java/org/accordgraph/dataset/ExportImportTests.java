package org.accordgraph.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.accordgraph.ApiAssertions.restoreBundledGraph;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph exported in the dataset format (YAML and JSON) and imported into an empty database is
 * the same graph, fact by fact: every node with its labels, key and properties, every
 * relationship with its properties; and importing the export again changes nothing.
 */
@AccordGraphTest
class ExportImportTests {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;

	@AfterEach
	void restore() {
		restoreBundledGraph(this.neo4j, this.importer);
	}

	@ParameterizedTest
	@EnumSource(DatasetFiles.Format.class)
	void exportThenImportIntoAnEmptyDatabaseGivesBackTheSameGraph(DatasetFiles.Format format, @TempDir Path folder)
			throws Exception {
		Map<String, Object> before = graph();
		try (DatasetFiles files = new DatasetFiles(folder, format)) {
			this.exporter.export(files);
		}
		assertThat(folder.resolve("conferences." + format.extension())).exists();
		assertThat(Files.list(folder.resolve("sources"))).isNotEmpty();

		this.neo4j.query("""
				MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
				DETACH DELETE n""").run();
		var imported = this.importer.importDataset("file:" + folder + "/", "round trip");
		assertThat(imported.changed()).isZero();
		assertThat(imported.unchanged()).isZero();
		Map<String, Object> after = graph();
		assertThat(after.get("nodes")).isEqualTo(before.get("nodes"));
		assertThat(after.get("relationships")).isEqualTo(before.get("relationships"));

		var again = this.importer.importDataset("file:" + folder + "/", "round trip");
		assertThat(again.created()).isZero();
		assertThat(again.changed()).isZero();
		assertThat(graph()).isEqualTo(after);
	}

	/** Every fact of the graph, bookkeeping (versions, the audit trail, imports, migrations) aside. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> graph() {
		List<String> nodes = this.neo4j.query("""
				MATCH (n) WHERE NOT n:Change AND NOT n:ChangeSequence AND NOT n:Dataset
				  AND none(l IN labels(n) WHERE l STARTS WITH '__')
				RETURN labels(n) AS labels, properties(n) AS properties""").fetch().all().stream().map(row -> {
					Map<String, Object> properties = new TreeMap<>((Map<String, Object>) row.get("properties"));
					properties.remove("version");
					return row.get("labels") + " " + properties;
				}).sorted().toList();
		List<String> relationships = this.neo4j.query("""
				MATCH (a)-[r]->(b)
				RETURN coalesce(a.slug, a.code, a.key) + ' -' + type(r) + '-> ' + coalesce(b.slug, b.code, b.key) AS r,
				       properties(r) AS properties""").fetch().all().stream()
			.map(row -> row.get("r") + " " + new TreeMap<>((Map<String, Object>) row.get("properties")))
			.sorted()
			.toList();
		return new TreeMap<>(Map.of("nodes", nodes, "relationships", relationships));
	}

}
