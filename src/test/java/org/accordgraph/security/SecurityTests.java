package org.accordgraph.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads are open to anyone, from the service's own pages and from the front ends allowed in
 * {@code spring.graphql.cors.allowed-origins}; nothing else is, yet. Health tells anyone only UP or
 * DOWN.
 */
@AccordGraphTest
class SecurityTests {

	private static final String QUERY = "{\"query\": \"{ country(code: \\\"UZ\\\") { name } }\"}";

	private static final String OTHER_ORIGIN = "http://elsewhere.test";

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String... headers) {
		return send(this.port, "GET", path, null, headers);
	}

	@Test
	void anyoneCanQueryTheGraph() {
		HttpResponse<String> response = send(this.port, "POST", "/graphql", QUERY, "Content-Type", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"country\":{\"name\":\"Uzbekistan\"}}}");
	}

	@Test
	void graphiqlLoadsEverythingFromTheService() {
		HttpResponse<String> page = get("/graphiql?path=/graphql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("GraphiQL").doesNotContainPattern("(src|href)=\"(https?:)?//");
		Matcher assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page.body());
		int served = 0;
		while (assets.find()) {
			assertThat(get(assets.group(1)).statusCode()).as(assets.group(1)).isEqualTo(200);
			served++;
		}
		assertThat(served).as("GraphiQL's style sheet, React, React DOM, GraphiQL and the graphql-ws client").isEqualTo(5);
	}

	@Test
	void graphiqlsAddressIsCompletedWithTheEndpointsAndASharedQueryKeptAsItCame() {
		HttpResponse<String> link = get("/graphiql?query=%7B%20country(code%3A%20%22KZ%22)%20%7B%20name%20%7D%20%7D");
		assertThat(link.statusCode()).isEqualTo(307);
		assertThat(link.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
			.contains("query=%7B%20country(code%3A%20%22KZ%22)%20%7B%20name%20%7D%20%7D", "path=/graphql",
					"wsPath=/graphql-ws"));
	}

	@Test
	void theServicesAddressOpensTheExplorerWithItsScriptsToAnyone() {
		HttpResponse<String> root = get("/");
		assertThat(root.statusCode()).isEqualTo(200);
		Matcher scripts = Pattern.compile("(?:src|rel=\"stylesheet\" href)=\"(/[^\"]+)\"").matcher(root.body());
		int served = 0;
		while (scripts.find()) {
			assertThat(get(scripts.group(1)).statusCode()).as(scripts.group(1)).isEqualTo(200);
			served++;
		}
		assertThat(served).as("its style sheet and its three scripts").isEqualTo(4);
	}

	@Test
	void theSchemaIsServedAsSdlToAnyone() {
		HttpResponse<String> schema = get("/graphql/schema");
		assertThat(schema.statusCode()).isEqualTo(200);
		assertThat(schema.body()).contains("type Commitment implements Cited & Node {")
			.contains("Which country is named to host each edition of a conference series");
	}

	@Test
	void healthTellsAnyoneUpOrDownAndNothingMore() {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		Map<String, Object> body = JsonPath.read(health.body(), "$");
		assertThat(body).containsEntry("status", "UP").doesNotContainKeys("components", "details");
		assertThat(health.body()).doesNotContain("neo4j", "community", "127.0.0.1", "path");
		assertThat(get("/actuator/health/neo4j").statusCode()).isIn(401, 404);
	}

	@Test
	void anAddressTheServiceDoesNotServeIsNotFoundWithoutASignInPrompt() {
		HttpResponse<String> page = get("/favicon.ico", "Accept", "text/html,application/xhtml+xml");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("Not found", "href=\"/graphiql\"");
		HttpResponse<String> api = get("/actuator/env", "Accept", "application/json");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(JsonPath.<Integer>read(api.body(), "$.status")).isEqualTo(404);
		assertThat(get("/actuator/env", "Authorization", basic("ada")).statusCode()).isEqualTo(404);
	}

	@Test
	void whatNeedsASignInStillAsksForOne() {
		assertThat(send(this.port, "POST", "/graphql/schema", "x", "Content-Type", "text/plain").statusCode())
			.isEqualTo(401);
		HttpResponse<String> export = get("/export/dataset");
		assertThat(export.statusCode()).isEqualTo(401);
		assertThat(export.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
	}

	@Test
	void anAllowedFrontEndIsApprovedBeforeItAsks() {
		HttpResponse<String> preflight = send(this.port, "OPTIONS", "/graphql", null, "Origin", AccordGraphTest.FRONT_END,
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type, authorization");
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(AccordGraphTest.FRONT_END);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,POST");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type, authorization");
		assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
	}

	@Test
	void anAllowedFrontEndReadsAnswersAndErrors() {
		HttpResponse<String> answer = send(this.port, "POST", "/graphql", QUERY, "Origin", AccordGraphTest.FRONT_END,
				"Content-Type", "application/json");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(AccordGraphTest.FRONT_END);
		HttpResponse<String> refused = send(this.port, "POST", "/graphql", "null", "Origin", AccordGraphTest.FRONT_END,
				"Content-Type", "application/json");
		assertHttpError(refused, 400, "BAD_REQUEST", "not null");
		assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue(AccordGraphTest.FRONT_END);
		HttpResponse<String> schema = get("/graphql/schema", "Origin", AccordGraphTest.FRONT_END);
		assertThat(schema.headers().firstValue("Access-Control-Allow-Origin")).hasValue(AccordGraphTest.FRONT_END);
	}

	@Test
	void anotherOriginGetsNoApproval() {
		HttpResponse<String> preflight = send(this.port, "OPTIONS", "/graphql", null, "Origin", OTHER_ORIGIN,
				"Access-Control-Request-Method", "POST");
		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> post = send(this.port, "POST", "/graphql", QUERY, "Origin", OTHER_ORIGIN, "Content-Type",
				"application/json");
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(post.body()).doesNotContain("Uzbekistan");
	}

	@Test
	void theServicesOwnPagesAreNotCrossOrigin() {
		String self = "http://localhost:" + this.port;
		HttpResponse<String> post = send(this.port, "POST", "/graphql", QUERY, "Origin", self, "Content-Type",
				"application/json");
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(post.body()).contains("Uzbekistan");
	}

}
