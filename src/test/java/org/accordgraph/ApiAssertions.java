package org.accordgraph;

import java.util.List;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API's tests share: the assertions on its error shapes, and a plain HTTP client for
 * requests that a GraphQL client would not send.
 */
public final class ApiAssertions {

	private ApiAssertions() {
	}

	/** A single {@code BAD_REQUEST} error naming the argument, without a trace of the code. */
	public static void assertBadRequest(List<ResponseError> errors, String argument) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains("'" + argument + "'");
			assertThat(error.getExtensions()).containsEntry("argument", argument);
			assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("at org.");
		});
	}

	/** Errors classified {@code LIMIT_EXCEEDED} that name the limit and its value. */
	public static void assertRefused(List<ResponseError> errors, String limit, String value) {
		assertThat(errors).isNotEmpty().allSatisfy(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("LIMIT_EXCEEDED");
			assertThat(error.getExtensions()).containsEntry("limit", limit).containsEntry("value", value);
			assertThat(error.getMessage()).contains("accord.graphql.limits." + limit + " = " + value);
		});
	}

	/** A client of the service on its port that hands back error responses instead of throwing. */
	public static RestClient http(int port) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

}
