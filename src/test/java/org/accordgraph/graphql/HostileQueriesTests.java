package org.accordgraph.graphql;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.accordgraph.ApiAssertions.assertAnswersWhile;
import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.facts;
import static org.accordgraph.ApiAssertions.fragmentFanOut;
import static org.accordgraph.ApiAssertions.nested;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests made to hurt the GraphQL endpoint, the cases of OWASP's GraphQL cheat sheet and those
 * found by attacking the service: each is refused with a 4xx or a GraphQL error with its
 * classification, sent over and over while a reader's question is answered all the while, and the
 * graph is as it was.
 */
@AccordGraphTest
class HostileQueriesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	private HttpResponse<String> post(String document) {
		return postBody(JSON.writeValueAsString(Map.of("query", document)));
	}

	private HttpResponse<String> postBody(String body) {
		return send(this.port, "POST", "/graphql", body, "Content-Type", "application/json");
	}

	/** The one error of the answer: its classification and message. */
	private static String error(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isLessThan(500);
		List<Map<String, Object>> errors = JsonPath.read(answer.body(), "$.errors");
		assertThat(errors).as(answer.body()).isNotEmpty();
		Map<String, Object> first = errors.get(0);
		assertThat((String) first.get("message")).doesNotContain("Exception").doesNotContain("at org.");
		return ((Map<?, ?>) first.get("extensions")).get("classification") + ": " + first.get("message");
	}

	@Test
	void fragmentsThatSpreadEachOtherTwiceOverAreRefusedWhileReadersAreAnswered() {
		Map<String, Object> before = facts(this.neo4j);
		assertAnswersWhile(this.port, () -> assertThat(error(post(fragmentFanOut(30))))
			.startsWith("LIMIT_EXCEEDED").contains("max-fields = 2000"));
		assertAnswersWhile(this.port, () -> assertThat(error(post(fragmentFanOut(60))))
			.startsWith("LIMIT_EXCEEDED").contains("max-fields = 2000"));
		assertThat(facts(this.neo4j)).isEqualTo(before);
	}

	@Test
	void aliasesOfAnExpensiveFieldAreRefused() {
		String aliases = IntStream.range(0, 700)
			.mapToObj(i -> "a" + i + ": organisations(first: 100) { totalCount pageInfo { hasNextPage } }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertAnswersWhile(this.port, () -> assertThat(error(post(aliases))).startsWith("LIMIT_EXCEEDED")
			.contains("max-fields = 2000"));
	}

	@Test
	void aBatchOfOperationsIsRefused() {
		String batch = "[" + String.join(",", java.util.Collections.nCopies(1000, "{\"query\": \"{ countries { totalCount } }\"}")) + "]";
		assertAnswersWhile(this.port, () -> assertHttpError(postBody(batch), 400, "BAD_REQUEST",
				"The request body must be a JSON object with a 'query', not an array"));
	}

	@Test
	void fragmentsThatSpreadThemselvesAreRefused() {
		assertAnswersWhile(this.port, () -> assertThat(error(post("""
				{ ...A } fragment A on Query { ...B __typename } fragment B on Query { ...A }"""))).startsWith("ValidationError")
			.contains("Fragment cycles not allowed"));
	}

	@Test
	void directivesRepeatedOrUnknownAreRefused() {
		String repeated = "{ __typename" + " @include(if: true)".repeat(2000) + " }";
		assertAnswersWhile(this.port, () -> assertThat(error(post(repeated))).startsWith("ValidationError")
			.contains("include"));
		String unknown = "{ __typename" + IntStream.range(0, 2000).mapToObj(i -> " @d" + i).collect(Collectors.joining())
				+ " }";
		assertAnswersWhile(this.port, () -> assertThat(error(post(unknown))).startsWith("ValidationError"));
	}

	@Test
	void nestingPastTheLimitIsRefusedAndPastTheParserIsNotEvenRead() {
		String deep = "{ organisation(slug: \"inl\") { " + nested("partOf { organisation { ", 8, "name") + " } }";
		assertAnswersWhile(this.port, () -> assertThat(error(post(deep))).startsWith("LIMIT_EXCEEDED")
			.contains("max-depth = 12"));
		String absurd = "{ a " + "{ a ".repeat(10_000) + "}".repeat(10_001);
		assertAnswersWhile(this.port, () -> assertThat(error(post(absurd))).startsWith("InvalidSyntax"));
	}

	@Test
	void introspectionNestedInItselfIsRefused() {
		assertAnswersWhile(this.port, () -> assertThat(error(post(
				"{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")))
			.startsWith("LIMIT_EXCEEDED").contains("max-introspection-nesting = 2"));
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
		String huge = "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}}";
		assertAnswersWhile(this.port, () -> assertHttpError(postBody(huge), 413, "LIMIT_EXCEEDED",
				"(limit accord.http.max-request-size = 8MB)"));
	}

	@Test
	void variablesNestedTooDeeplyAreRefusedAsNotJson() {
		String deep = "{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + "[".repeat(100_000) + "]".repeat(100_000)
				+ "}}";
		assertAnswersWhile(this.port, () -> assertHttpError(postBody(deep), 400, "BAD_REQUEST", "not JSON"));
	}

	@Test
	void aRecordNestedDeeplyIsAUserErrorNamingIt() {
		Map<String, Object> before = facts(this.neo4j);
		String mutation = """
				mutation($input: CreateRecordsInput!) { createRecords(input: $input) { userErrors { field message code } } }""";
		String name = "[".repeat(400) + "]".repeat(400);
		String body = "{\"query\": " + JSON.writeValueAsString(mutation) + ", \"variables\": {\"input\": {\"records\": "
				+ "{\"organisations\": [{\"slug\": \"deep\", \"kind\": \"NGO\", \"name\": " + name + "}]}}}}";
		assertAnswersWhile(this.port, () -> {
			HttpResponse<String> answer = send(this.port, "POST", "/graphql", body, "Content-Type", "application/json",
					"Authorization", basic("carla"));
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			assertThat(JsonPath.<List<String>>read(answer.body(), "$.data.createRecords.userErrors[0].field"))
				.contains("name");
		});
		assertThat(facts(this.neo4j)).isEqualTo(before);
	}

	@Test
	void aFieldTooLongInAMutationIsAUserErrorNamingIt() {
		Map<String, Object> before = facts(this.neo4j);
		String mutation = """
				mutation($input: CreateSourceInput!) { createSource(input: $input) { userErrors { field message code } } }""";
		String body = JSON.writeValueAsString(Map.of("query", mutation, "variables", Map.of("input",
				Map.of("slug", "long-title", "title", "t".repeat(100_000), "noUrl", "a test"))));
		assertAnswersWhile(this.port, () -> {
			HttpResponse<String> answer = send(this.port, "POST", "/graphql", body, "Content-Type", "application/json",
					"Authorization", basic("carla"));
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(JsonPath.<List<String>>read(answer.body(), "$.data.createSource.userErrors[0].field"))
				.containsExactly("input", "title");
			assertThat(JsonPath.<String>read(answer.body(), "$.data.createSource.userErrors[0].message"))
				.contains("longer than 20000 characters");
		});
		assertThat(facts(this.neo4j)).isEqualTo(before);
	}

}
