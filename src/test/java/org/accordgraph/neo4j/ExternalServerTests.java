package org.accordgraph.neo4j;

import java.nio.file.Path;
import java.util.Map;

import org.accordgraph.AccordGraphApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code NEO4J_URI} set, the service uses that server and starts no engine of its own. The
 * server here is a Neo4j engine started apart from the application, reached over Bolt like any
 * other; {@code ExternalNeo4jTests} does the same against the Docker image where Docker runs.
 */
class ExternalServerTests {

	private static final String PASSWORD = "external-secret";

	static EmbeddedNeo4jServer server;

	@BeforeAll
	static void startServer(@TempDir Path data) {
		server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, data, "127.0.0.1", 0, PASSWORD,
				DataSize.ofMegabytes(64)));
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "bolt", "neo4j" })
	void usesTheServerNamedByTheUri(String scheme) {
		String uri = scheme + "://127.0.0.1:" + server.boltUri().getPort();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AccordGraphApplication.class)
			.run("--server.port=0", "--spring.neo4j.uri=" + uri, "--spring.neo4j.authentication.password=" + PASSWORD)) {
			assertThat(app.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String host = HttpSyncGraphQlClient.create(RestClient.create("http://localhost:" + port + "/graphql"))
				.document("{ hostingRotation(series: \"central-asia-tip-conference\") { year country { code } } }")
				.retrieveSync("hostingRotation[1].country.code")
				.toEntity(String.class);
			assertThat(host).isEqualTo("KZ");
		}
		long conferences = server.database()
			.executeTransactionally("MATCH (c:Conference) RETURN count(c) AS n", Map.of(),
					result -> (Long) result.next().get("n"));
		assertThat(conferences).as("the data went to the external server").isEqualTo(3);
	}

}
