package org.accordgraph.curation;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.send;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may change the knowledge base: each kind of mutation (and the audit trail) against each
 * way of signing in. The inputs are refused for what they hold, so that a request allowed in
 * shows itself by its user errors and nothing is written.
 */
@AccordGraphTest
class CurationRightsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	/** Each mutation with an input it refuses (its `field`), and where the refusal appears. */
	static List<Arguments> mutations() {
		return List.of(
				Arguments.of("createSource", """
						mutation($input: CreateSourceInput!) { createSource(input: $input) { userErrors { field } } }""",
						Map.of("slug", "Not A Slug", "title", "t", "noUrl", "none")),
				Arguments.of("createConference", """
						mutation($input: CreateConferenceInput!) { createConference(input: $input) { userErrors { field } } }""",
						Map.of("slug", "Not A Slug", "startDate", Map.of("date", "2024"), "unsourced", true, "basis",
								"ASSUMED", "reasoning", "a test")),
				Arguments.of("recordAssessment", """
						mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { userErrors { field } } }""",
						Map.of("subject", CuratorSessionTests.HOSTING_2024, "status", "NOT_A_STATUS", "date",
								Map.of("date", "2024"), "unsourced", true, "basis", "ASSUMED", "reasoning", "a test")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void curatorsAndAdministratorsMayChangeTheKnowledgeBase(String mutation, String document, Map<String, Object> input) {
		for (String authorization : List.of(basic("carla"), basic("ada"),
				"Bearer " + TestTokens.token("kim@ministry.example", "CURATOR"),
				"Bearer " + TestTokens.token("lee@ministry.example", "ADMIN"))) {
			signedIn(this.graphQl, authorization).document(document).variable("input", input).execute()
				.path(mutation + ".userErrors[0].field[1]").entity(String.class).satisfies(field ->
					assertThat(field).as(authorization).isIn("slug", "status"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void someoneNotSignedInIsAskedToSignIn(String mutation, String document, Map<String, Object> input) {
		this.graphQl.document(document).variable("input", input).execute().errors().satisfy(errors ->
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
				assertThat(error.getMessage()).isEqualTo("Sign in to use " + mutation
						+ ": it changes the knowledge base or shows who did");
			}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void someoneWithoutTheRoleIsForbidden(String mutation, String document, Map<String, Object> input) {
		for (String authorization : List.of(basic("rita"), "Bearer " + TestTokens.token("reader@ministry.example"))) {
			signedIn(this.graphQl, authorization).document(document).variable("input", input).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
					assertThat(error.getMessage()).contains("does not hold the role " + mutation + " needs");
				}));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void aBadTokenIsRefusedBeforeTheMutationRuns(String mutation, String document, Map<String, Object> input) {
		String body = "{\"query\": \"" + document.replace("\"", "\\\"").replace("\n", " ")
				+ "\", \"variables\": {\"input\": {}}}";
		for (String token : List.of(TestTokens.expiredToken("kim@ministry.example", "CURATOR"),
				TestTokens.tokenSignedByAnotherKey("kim@ministry.example", "CURATOR"))) {
			HttpResponse<String> refused = send(this.port, "POST", "/graphql", body, "Content-Type",
					"application/json", "Authorization", "Bearer " + token);
			assertHttpError(refused, 401, "UNAUTHORIZED", "token");
		}
	}

	@org.junit.jupiter.api.Test
	void onlyCuratorsReadTheAuditTrail() {
		String changes = "query($first: Int) { changes(first: $first) { sequence } }";
		signedIn(this.graphQl, basic("carla")).document(changes).variable("first", 1).execute()
			.path("changes").hasValue();
		signedIn(this.graphQl, basic("rita")).document(changes).variable("first", 1).execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

}
