package org.accordgraph.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.accordgraph.ApiAssertions.emptyGraph;
import static org.accordgraph.ApiAssertions.facts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph exported in the dataset format (YAML and JSON) and imported into an empty database is
 * the same graph, fact by fact: every node with its labels, key and properties, every
 * relationship with its properties; and importing the export again changes nothing.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class ExportImportTests {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;


	@ParameterizedTest
	@EnumSource(DatasetFiles.Format.class)
	void exportThenImportIntoAnEmptyDatabaseGivesBackTheSameGraph(DatasetFiles.Format format, @TempDir Path folder)
			throws Exception {
		Map<String, Object> before = facts(this.neo4j);
		try (DatasetFiles files = new DatasetFiles(folder, format)) {
			this.exporter.export(files);
		}
		assertThat(folder.resolve("conferences." + format.extension())).exists();
		assertThat(Files.list(folder.resolve("sources"))).isNotEmpty();

		emptyGraph(this.neo4j);
		var imported = this.importer.importDataset("file:" + folder + "/", "round trip");
		assertThat(imported.changed()).isZero();
		assertThat(imported.unchanged()).isZero();
		Map<String, Object> after = facts(this.neo4j);
		assertThat(after.get("nodes")).isEqualTo(before.get("nodes"));
		assertThat(after.get("relationships")).isEqualTo(before.get("relationships"));

		var again = this.importer.importDataset("file:" + folder + "/", "round trip");
		assertThat(again.created()).isZero();
		assertThat(again.changed()).isZero();
		assertThat(facts(this.neo4j)).isEqualTo(after);
	}

}
