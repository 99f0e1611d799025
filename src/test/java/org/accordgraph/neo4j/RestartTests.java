package org.accordgraph.neo4j;

import java.nio.file.Path;

import org.accordgraph.AccordGraphApplication;
import org.accordgraph.dataset.DatasetImporter;
import org.accordgraph.dataset.LoadedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service keeps what it holds across a restart: stopped and started again on the same data
 * directory, it answers with what was written before. Runs the application twice, on its own
 * directory, beside the suite's shared one.
 */
class RestartTests {

	@TempDir
	Path data;

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt() {
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(DatasetImporter.class).importDataset("classpath:datasets/restart", "restart-test");
			assertThat(countryName(first)).isEqualTo("Testland");
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(countryName(second)).isEqualTo("Testland");
			assertThat(second.getBean(LoadedDatasets.class).holds("restart-test")).isTrue();
			assertThat(countryCount(second)).as("the bundled countries and Testland, the bundled data loaded once")
				.isEqualTo(8);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(AccordGraphApplication.class).run("--server.port=0",
				"--accord.neo4j.embedded.data-directory=" + this.data, "--accord.neo4j.embedded.bolt-port=0",
				"--accord.neo4j.embedded.page-cache=64MB");
	}

	private static String countryName(ConfigurableApplicationContext app) {
		return graphQl(app).document("{ country(code: \"QZ\") { name } }")
			.retrieveSync("country.name")
			.toEntity(String.class);
	}

	private static Integer countryCount(ConfigurableApplicationContext app) {
		return graphQl(app).document("{ countries { totalCount } }")
			.retrieveSync("countries.totalCount")
			.toEntity(Integer.class);
	}

	private static HttpSyncGraphQlClient graphQl(ConfigurableApplicationContext app) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return HttpSyncGraphQlClient.create(RestClient.create("http://localhost:" + port + "/graphql"));
	}

}
