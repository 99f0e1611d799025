package org.accordgraph;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of docs/publishing.md are what the service answers, word for word: each request
 * shown with {@code curl -s '...'} and the file that follows it (a citation file, JSON-LD, a feed),
 * the service's own address written as {@code localhost:8080}; and the GraphQL example's answer.
 */
@AccordGraphTest
class PublishingExamplesTests {

	private static final Path PAGE = Path.of("docs/publishing.md");

	private static final Pattern REQUEST_AND_FILE = Pattern
		.compile("```sh\\ncurl -s '(?:http://)?localhost:8080([^']+)'\\n```\\n\\n```(?:text|json|xml)\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern GRAPHQL_AND_ANSWER = Pattern.compile("```graphql\\n(.*?)```\\n\\n```json\\n(.*?)```",
			Pattern.DOTALL);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void everyFileShownIsTheServicesAnswer() throws IOException {
		Matcher examples = REQUEST_AND_FILE.matcher(Files.readString(PAGE));
		int shown = 0;
		while (examples.find()) {
			String path = examples.group(1);
			HttpResponse<String> answer = send(this.port, "GET", path, null);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			String body = answer.body().replace("http://localhost:" + this.port, "http://localhost:8080").replace("\r\n", "\n");
			assertThat(body.strip()).as(path).isEqualTo(examples.group(2).strip());
			shown++;
		}
		assertThat(shown).isEqualTo(4);
	}

	@Test
	void theGraphQlExampleAnswersAsShown() throws IOException {
		Matcher example = GRAPHQL_AND_ANSWER.matcher(Files.readString(PAGE));
		assertThat(example.find()).isTrue();
		Map<String, Object> answer = this.graphQl.document(example.group(1)).execute().returnResponse().getData();
		assertThat(answer).isEqualTo(JSON.readValue(example.group(2), Map.class));
		assertThat(example.find()).as("one GraphQL example").isFalse();
	}

}
