package org.accordgraph.curation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.accordgraph.dataset.DatasetExporter;
import org.accordgraph.dataset.DatasetFiles;
import org.accordgraph.dataset.DatasetImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.emptyGraph;
import static org.accordgraph.ApiAssertions.facts;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.accordgraph.curation.CuratorSessionTests.CREATE_CONFERENCE;
import static org.accordgraph.curation.CuratorSessionTests.CREATE_SOURCE;
import static org.accordgraph.curation.CuratorSessionTests.HOSTING_2024;
import static org.accordgraph.curation.CuratorSessionTests.QUOTE;
import static org.accordgraph.curation.CuratorSessionTests.RECORD_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What curators add survives an export and an import into an empty database: a source with its
 * text, a summary of it beside its verbatim passages, a conference, an assessment, its correction
 * (the corrected one out of the history but in the graph), and a fact recorded as unsourced.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class CuratedExportTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;


	@Test
	void curatedFactsMakeTheRoundTrip(@TempDir Path folder) {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		carla.document(CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute();
		carla.document(CREATE_CONFERENCE).variable("input", Map.of("slug", "bishkek-2024", "city", "Bishkek",
				"startDate", Map.of("date", "2024-07-05"), "hostCountry", "KG", "citations",
				List.of(CuratorSessionTests.citation(QUOTE), Map.of("source", "test-bishkek-release", "quote",
						"A conference was held in Bishkek in July 2024.", "verbatim", false))))
			.execute()
			.path("createConference.userErrors").entityList(Object.class).hasSize(0);
		carla.document(RECORD_ASSESSMENT).variable("input", Map.of("subject", HOSTING_2024, "status", "IN_PROGRESS",
				"date", Map.of("date", "2024-07-05"), "citations", List.of(CuratorSessionTests.citation(QUOTE))))
			.execute();
		carla.document(RECORD_ASSESSMENT).variable("input", Map.of("subject", HOSTING_2024, "status", "FULFILLED",
				"date", Map.of("date", "2024", "basis", "ASSUMED", "reasoning", "a test"), "corrects",
				"host-central-asia-tip-conference-2024-2024-07-05-in-progress", "unsourced", true, "basis", "ASSUMED",
				"reasoning", "a test", "fulfilledBy", "Q29uZmVyZW5jZTpiaXNoa2VrLTIwMjQ"))
			.execute()
			.path("recordAssessment.userErrors").entityList(Object.class).hasSize(0);
		Map<String, Object> before = facts(this.neo4j);

		try (DatasetFiles files = new DatasetFiles(folder, DatasetFiles.Format.YAML)) {
			this.exporter.export(files);
		}
		emptyGraph(this.neo4j);
		this.importer.importDataset("file:" + folder + "/", "round trip");

		assertThat(facts(this.neo4j)).isEqualTo(before);
	}

}
