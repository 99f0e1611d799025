package org.accordgraph.graphql;

import java.net.http.HttpResponse;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that are not well-formed GraphQL-over-HTTP requests get a 4xx and a GraphQL response
 * saying what is wrong, never a 5xx or a stack trace.
 */
@AccordGraphTest
@ExtendWith(OutputCaptureExtension.class)
class HttpRequestTests {

	private static final String QUERY = "{\"query\": \"{ country(code: \\\"KZ\\\") { name } }\"}";

	@LocalServerPort
	int port;

	private HttpResponse<String> post(String body, String... headers) {
		return send(this.port, "POST", "/graphql", body, headers);
	}

	@Test
	void aWellFormedRequestIsAnswered() {
		HttpResponse<String> response = post(QUERY, "Content-Type", "application/json; charset=utf-8");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"country\":{\"name\":\"Kazakhstan\"}}}");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			null                                          | not null
			``                                            | The request body is empty
			[]                                            | not an array
			"{ country(code: \\"KZ\\") { name } }"        | not a string
			42                                            | not a number
			{ not json                                    | The request body is not JSON
			{"query": "{ country", "variables": {}        | The request body is not JSON
			""")
	void aBodyThatIsNotAJsonObjectIsABadRequest(String body, String says, CapturedOutput log) {
		assertHttpError(post(body, "Content-Type", "application/json"), 400, "BAD_REQUEST", says);
		assertThat(log).doesNotContain("Exception");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			{}                                                    | query         | has no 'query'
			{"query": null}                                       | query         | has no 'query'
			{"query": 5}                                          | query         | 'query' must be a string, not a number
			{"query": "{ __typename }", "variables": "x"}         | variables     | 'variables' must be an object or null, not a string
			{"query": "{ __typename }", "variables": []}          | variables     | 'variables' must be an object or null, not an array
			{"query": "{ __typename }", "operationName": 7}       | operationName | 'operationName' must be a string or null, not a number
			{"query": "{ __typename }", "extensions": true}       | extensions    | 'extensions' must be an object or null, not a boolean
			""")
	void aMemberOfTheWrongKindIsABadRequestNamingIt(String body, String member, String says) {
		HttpResponse<String> response = post(body, "Content-Type", "application/json");
		assertHttpError(response, 400, "BAD_REQUEST", says);
		assertThat(response.body()).contains("\"field\":\"" + member + "\"");
	}

	@Test
	void nullMembersAreAbsentMembers() {
		HttpResponse<String> response = post(
				"{\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null, \"extensions\": null}",
				"Content-Type", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/graphql", "application/x-www-form-urlencoded",
			"multipart/form-data; boundary=x", "application/*", "not a media type" })
	void aBodyOfAnotherMediaTypeIsUnsupported(String contentType) {
		HttpResponse<String> response = post(QUERY, "Content-Type", contentType);
		assertHttpError(response, 415, "BAD_REQUEST", "Content-Type: application/json");
		assertThat(response.headers().firstValue("Accept-Post")).hasValue("application/json");
	}

	@Test
	void aBodyWithoutAMediaTypeIsUnsupported() {
		assertHttpError(post(QUERY), 415, "BAD_REQUEST", "without a Content-Type");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "PUT", "DELETE", "PATCH", "OPTIONS" })
	void everyMethodButPostIsNotAllowed(String method) {
		HttpResponse<String> response = send(this.port, method, "/graphql", null);
		assertHttpError(response, 405, "BAD_REQUEST", "sent with POST, not " + method);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void anAnswerTheClientCannotAcceptIsRefused() {
		assertHttpError(post(QUERY, "Content-Type", "application/json", "Accept", "text/html"), 406, "BAD_REQUEST",
				"'Accept: text/html' does not allow");
	}

	@Test
	void theGraphQlResponseMediaTypeIsAnsweredAndItsStatusSaysWhenTheDocumentIsBad() {
		HttpResponse<String> good = post(QUERY, "Content-Type", "application/json", "Accept",
				"application/graphql-response+json");
		assertThat(good.statusCode()).isEqualTo(200);
		assertThat(good.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/graphql-response+json"));
		HttpResponse<String> unparsable = post("{\"query\": \"{ country\"}", "Content-Type", "application/json",
				"Accept", "application/graphql-response+json");
		assertThat(unparsable.statusCode()).isEqualTo(400);
		assertThat(unparsable.body()).contains("InvalidSyntax");
	}

}
