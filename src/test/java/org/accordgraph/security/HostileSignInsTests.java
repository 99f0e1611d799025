package org.accordgraph.security;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RawAnswer;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.accordgraph.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.send;
import static org.accordgraph.ApiAssertions.sendFrom;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ins and pages attacked: passwords guessed in a row, a token that never expires, a token
 * whose subject is a Basic user's name, a redirect asked to lead elsewhere; and what a browser is
 * told to refuse on the service's pages.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class HostileSignInsTests {

	private static final String VIEWER = "{\"query\": \"{ viewer { name } }\"}";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void passwordsGuessedInARowAreRefusedUncheckedAndTheUserStillSignsInFromElsewhere() {
		int refusedUnchecked = 0;
		for (int guess = 0; guess < 300; guess++) {
			RawAnswer answer = sendFrom("127.0.0.2", this.port, "POST", "/graphql", VIEWER, "Content-Type",
					"application/json", "Authorization", basic("rita", "guess-" + guess));
			if (guess < 5) {
				assertThat(answer.status()).as("guess %d", guess).isEqualTo(401);
			}
			else {
				assertThat(answer.status()).as("guess %d", guess).isEqualTo(429);
				assertThat(answer.text()).contains("Retry-After: 300", "LIMIT_EXCEEDED", "Too many wrong passwords");
				refusedUnchecked++;
			}
		}
		assertThat(refusedUnchecked).isEqualTo(295);
		HttpResponse<String> fromElsewhere = send(this.port, "POST", "/graphql", VIEWER, "Content-Type",
				"application/json", "Authorization", basic("rita"));
		assertThat(JsonPath.<String>read(fromElsewhere.body(), "$.data.viewer.name")).isEqualTo("rita");
	}

	@Test
	void aTokenThatNeverExpiresIsRefused() {
		assertHttpError(send(this.port, "POST", "/graphql", VIEWER, "Content-Type", "application/json", "Authorization",
				"Bearer " + TestTokens.tokenWithoutExpiry("kim@ministry.example", "ADMIN")), 401, "UNAUTHORIZED",
				"The bearer token was refused");
	}

	@Test
	void aTokenNamedLikeABasicUserIsToldApartInTheAuditTrail() {
		String token = "Bearer " + TestTokens.token("carla", "CURATOR");
		HttpResponse<String> viewer = send(this.port, "POST", "/graphql", VIEWER, "Content-Type", "application/json",
				"Authorization", token);
		assertThat(JsonPath.<String>read(viewer.body(), "$.data.viewer.name")).isEqualTo("token:carla");
		String body = """
				{"query": "mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { userErrors { message } } }",
				 "variables": {"input": {"subject": "%s", "status": "PENDING", "unsourced": true, "basis": "ASSUMED",
				   "reasoning": "a test", "date": {"date": "2026", "basis": "ASSUMED", "reasoning": "a test"}}}}"""
			.formatted(org.accordgraph.ApiAssertions.HOSTING_2025);
		assertThat(send(this.port, "POST", "/graphql", body, "Content-Type", "application/json", "Authorization", token)
			.body()).contains("\"userErrors\":[]");
		List<String> by = this.neo4j.query("MATCH (c:Change {operation: 'recordAssessment'}) RETURN DISTINCT c.by")
			.fetchAs(String.class).all().stream().toList();
		assertThat(by).contains("token:carla").doesNotContain("carla");
	}

	@Test
	void theGraphiqlRedirectLeadsNowhereButTheServiceWhateverTheHost() {
		RawAnswer redirect = sendFrom("127.0.0.1", this.port, "GET", "/graphiql?query=%7B%20x%20%7D", null, "Host",
				"evil.example");
		assertThat(redirect.status()).isEqualTo(307);
		assertThat(redirect.text()).contains("Location: /graphiql?query=%7B%20x%20%7D&path=/graphql&wsPath=/graphql-ws")
			.doesNotContain("evil.example");
	}

	@Test
	void pagesTellBrowsersToRunOnlyTheServicesOwnScriptsAndToSendNoReferrer() {
		for (String page : List.of("/", "/graphiql?path=/graphql", "/explorer/explorer.js")) {
			HttpResponse<String> answer = send(this.port, "GET", page, null);
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(page)
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(page).hasValue("no-referrer");
		}
	}

}
