package org.accordgraph.neo4j;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.id;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two service instances against one external Neo4j server: each sees the other's writes at
 * once, and a change made through one reaches the subscribers of the other; while the server is away, health says DOWN and requests get a SERVICE_UNAVAILABLE error
 * within seconds (no trace, no hang); once it is back, the service answers again by itself.
 */
class ExternalServerOutageTests {

	private static final String PASSWORD = "external-secret";

	private static final String ROTATION = "{\"query\": \"{ hostingRotation(series: \\\"central-asia-tip-conference\\\") { year } }\"}";

	@TempDir
	static Path data;

	static EmbeddedNeo4jServer server;

	static int port;

	@BeforeAll
	static void startServer() {
		server = start(0);
		port = server.boltUri().getPort();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	private static EmbeddedNeo4jServer start(int boltPort) {
		return EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, data, "127.0.0.1", boltPort, PASSWORD,
				DataSize.ofMegabytes(64)));
	}

	private static ConfigurableApplicationContext service() {
		return new SpringApplicationBuilder(AccordGraphApplication.class).run("--server.port=0",
				"--spring.neo4j.uri=bolt://127.0.0.1:" + port, "--spring.neo4j.authentication.password=" + PASSWORD,
				"--accord.security.users.carla.password={noop}pw", "--accord.security.users.carla.roles=CURATOR");
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static HttpResponse<String> graphql(ConfigurableApplicationContext app, String body) {
		return send(port(app), "POST", "/graphql", body, "Content-Type", "application/json", "Authorization",
				basic("carla", "pw"));
	}

	@Test
	void aChangeMadeThroughOneInstanceReachesTheSubscribersOfTheOther() {
		try (ConfigurableApplicationContext one = service(); ConfigurableApplicationContext two = service()) {
			String source = id("Source", "test-relayed");
			WebSocketGraphQlTester subscriber = WebSocketGraphQlTester
				.builder(URI.create("ws://localhost:" + port(two) + "/graphql-ws"), new StandardWebSocketClient())
				.build();
			try {
				var events = subscriber.document("""
						subscription($filter: ChangeFilter) {
						  changes(filter: $filter, afterSequence: 0) { operation entity node { id } }
						}""").variable("filter", Map.of("entity", source)).executeSubscription()
					.toFlux("changes", Map.class)
					.next()
					.toFuture();
				HttpResponse<String> created = graphql(one, """
						{"query": "mutation($input: CreateSourceInput!) { createSource(input: $input) { userErrors { message } } }",
						 "variables": {"input": {"slug": "test-relayed", "title": "A test fixture", "noUrl": "a test"}}}""");
				assertThat(JsonPath.<List<Object>>read(created.body(), "$.data.createSource.userErrors")).isEmpty();
				assertThat(events).succeedsWithin(Duration.ofSeconds(20)).satisfies(event -> assertThat(event)
					.containsEntry("operation", "createSource")
					.containsEntry("entity", "Source:test-relayed")
					.containsEntry("node", Map.of("id", source)));
			}
			finally {
				subscriber.stop().block(Duration.ofSeconds(10));
			}
		}
	}

	@Test
	void twoInstancesShareTheServerAndBothRideOutItsAbsence() {
		try (ConfigurableApplicationContext one = service(); ConfigurableApplicationContext two = service()) {
			HttpResponse<String> created = graphql(one, """
					{"query": "mutation($input: CreateSourceInput!) { createSource(input: $input) { userErrors { message } } }",
					 "variables": {"input": {"slug": "test-shared", "title": "A test fixture", "noUrl": "a test"}}}""");
			assertThat(JsonPath.<List<Object>>read(created.body(), "$.data.createSource.userErrors")).isEmpty();
			HttpResponse<String> seen = graphql(two, "{\"query\": \"{ source(slug: \\\"test-shared\\\") { title } }\"}");
			assertThat(JsonPath.<String>read(seen.body(), "$.data.source.title")).isEqualTo("A test fixture");

			server.close();
			long started = System.nanoTime();
			assertHttpError(graphql(one, ROTATION), 503, "SERVICE_UNAVAILABLE", "The database cannot be reached");
			HttpResponse<String> change = graphql(two, """
					{"query": "mutation($input: CreateSourceInput!) { createSource(input: $input) { userErrors { message } } }",
					 "variables": {"input": {"slug": "test-while-away", "title": "A test fixture", "noUrl": "a test"}}}""");
			assertThat(JsonPath.<String>read(change.body(), "$.errors[0].extensions.classification"))
				.isEqualTo("SERVICE_UNAVAILABLE");
			assertThat(change.body()).doesNotContain("at org.", "Exception");
			HttpResponse<String> health = send(port(one), "GET", "/actuator/health", null);
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));

			server = start(port);
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
				HttpResponse<String> answer = graphql(one, ROTATION);
				assertThat(answer.statusCode()).isEqualTo(200);
				assertThat(JsonPath.<List<Map<String, Object>>>read(answer.body(), "$.data.hostingRotation")).hasSize(5);
			});
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
				.untilAsserted(() -> assertThat(send(port(two), "GET", "/actuator/health", null).statusCode()).isEqualTo(200));
		}
	}

}
