package org.accordgraph.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manual's curator session (docs/curating.md), run as it stands there (the documents and variables of
 * {@code graphql-test/curation/}, in order, as a curator): each answers without errors or user
 * errors, and with what the manual shows.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class CuratorExamplesTests {

	private static final Path EXAMPLES = Path.of("src/test/resources/graphql-test/curation");

	@Autowired
	HttpGraphQlTester graphQl;




	@Test
	void theSessionAnswersAsTheReadmeShows() throws IOException {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		run(carla, "k01-create-source").path("createSource.source.slug").entity(String.class).isEqualTo("example-notice");
		run(carla, "k02-conference-held")
			.path("createConference.conference.hostedBy.citations[0].verbatim").entity(Boolean.class).isEqualTo(true)
			.path("createConference.conference.coOrganisers[*].actor.slug").entityList(String.class)
			.containsExactly("iom", "unodc");
		run(carla, "k03-hosting-fulfilled")
			.path("recordAssessment.subject.version").entity(Integer.class).isEqualTo(1)
			.path("recordAssessment.subject.statusHistory[*].status").entityList(String.class)
			.containsExactly("PENDING", "PENDING", "FULFILLED");
		run(carla, "k04-rotation").path("hostingRotation[*].conference.slug").entityList(String.class)
			.containsExactly("tashkent-2022", "astana-2023", "example-dushanbe-2025")
			.path("hostingRotation[?(@.year == 2025)].conference.slug").entityList(String.class)
			.containsExactly("example-dushanbe-2025")
			.path("hostingRotation[*].status.status").entityList(String.class)
			.containsExactly("FULFILLED", "FULFILLED", "UNKNOWN", "FULFILLED", "UNKNOWN");
		run(carla, "k05-add-law").path("createRecords.created[0].slug").entity(String.class)
			.isEqualTo("example-law-on-example-matters");
		run(carla, "k06-law-adopted").path("recordAssessment.subject.statusHistory[*].status")
			.entityList(String.class).containsExactly("ADOPTED");
		run(carla, "k07-action-plan").path("createRecords.created[0].commitments[0].dueDate.iso").entity(String.class)
			.isEqualTo("2026-12");
		run(carla, "k08-correct-assessment").path("recordAssessment.subject.statusHistory[*].slug")
			.entityList(String.class).containsExactly("example-train-500-officers-2025-05-in-progress");
		run(carla, "k09-audit-trail").path("changes[*].operation").entityList(String.class)
			.satisfies(operations -> assertThat(operations).containsExactly("createRecords", "createRecords",
					"createRecords", "createRecords", "recordAssessment", "recordAssessment", "recordAssessment"));
	}

	/** The example's document with its variables: no error, and no user error. */
	@SuppressWarnings("unchecked")
	private GraphQlTester.Response run(HttpGraphQlTester client, String example) throws IOException {
		String document = Files.readString(EXAMPLES.resolve(example + ".graphql"));
		Map<String, Object> variables = JsonMapper.builder().build()
			.readValue(EXAMPLES.resolve(example + ".json").toFile(), Map.class);
		GraphQlTester.Request<?> request = client.document(document);
		variables.forEach(request::variable);
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		Map<String, Object> data = response.path("$").entity(Map.class).get();
		data.values().forEach(payload -> {
			if (payload instanceof Map<?, ?> map && map.containsKey("userErrors")) {
				assertThat((List<Object>) map.get("userErrors")).as(example).isEmpty();
			}
		});
		return response;
	}

}
