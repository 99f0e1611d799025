package org.accordgraph.curation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator imports a dataset over HTTP: a file that refers to records already in the
 * graph, a dry run first, then the import, then the same file again; a file with a bad record
 * changes nothing and says which file, record and field; the dataset export comes back in as it
 * went out.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class ImportOverHttpTests {

	static final String PLAN = """
			passages:
			  - source: unodc-press-release-astana-2023
			    name: test-summary
			    quote: "A test fixture: a summary of a national action plan."
			    verbatim: false
			actionPlans:
			  - slug: test-action-plan
			    title: Test fixture action plan
			    scope: NATIONAL
			    country: {country: KZ, cite: [unodc-press-release-astana-2023#test-summary]}
			    cite: [unodc-press-release-astana-2023#test-summary]
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;



	private HttpResponse<String> post(String query, String type, String body, String user) {
		return send(this.port, "POST", "/import" + query, body, "Content-Type", type, "Authorization", basic(user));
	}

	private long graphSize() {
		return this.neo4j.query("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r)")
			.fetchAs(Long.class).one().orElseThrow();
	}

	@Test
	void aDryRunThenTheImportThenTheSameFileAgain() {
		long before = graphSize();
		HttpResponse<String> dryRun = post("?dryRun=true&name=plan", "application/yaml", PLAN, "ada");
		assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
		Map<String, Object> report = JsonPath.read(dryRun.body(), "$");
		assertThat(report).containsEntry("dryRun", true).containsEntry("created", 4).containsEntry("changed", 0);
		assertThat(graphSize()).isEqualTo(before);

		HttpResponse<String> imported = post("?name=plan", "application/yaml", PLAN, "ada");
		assertThat(JsonPath.<Integer>read(imported.body(), "$.created")).isEqualTo(4);
		assertThat(graphSize()).isGreaterThan(before);
		assertThat(this.neo4j.query("MATCH (c:Change {operation: 'import plan', by: 'ada'}) RETURN count(c)")
			.fetchAs(Long.class).one().orElseThrow()).isEqualTo(4);

		HttpResponse<String> again = post("?name=plan", "application/json",
				"{\"actionPlans\": [{\"slug\": \"test-action-plan\", \"title\": \"Test fixture action plan\", "
						+ "\"scope\": \"NATIONAL\", \"country\": {\"country\": \"KZ\", \"cite\": [\"unodc-press-release-astana-2023#test-summary\"]}, "
						+ "\"cite\": [\"unodc-press-release-astana-2023#test-summary\"]}]}",
				"ada");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(JsonPath.<Map<String, Object>>read(again.body(), "$")).containsEntry("created", 0)
			.containsEntry("changed", 0)
			.containsEntry("unchanged", 2);
	}

	@Test
	void aBadRecordChangesNothingAndIsNamedByFileRecordAndField() {
		long before = graphSize();
		HttpResponse<String> refused = post("", "application/yaml", PLAN.replace("scope: NATIONAL", "scope: GALACTIC"),
				"ada");
		assertThat(refused.statusCode()).isEqualTo(422);
		List<Map<String, Object>> problems = JsonPath.read(refused.body(), "$.problems");
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.get("field")).isEqualTo(List.of("upload.yaml actionPlans[0] (test-action-plan)", "scope"));
			assertThat(problem.get("code")).isEqualTo("NOT_IN_LIST");
		});
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void onlyAnAdministratorImportsOrExportsTheDataset() {
		assertHttpError(post("", "application/yaml", PLAN, "carla"), 403, "FORBIDDEN", "does not hold the role");
		assertHttpError(send(this.port, "POST", "/import", PLAN, "Content-Type", "application/yaml"), 401,
				"UNAUTHORIZED", "Sign in");
		assertHttpError(send(this.port, "GET", "/export/dataset", null, "Authorization", basic("carla")), 403,
				"FORBIDDEN", "does not hold the role");
	}

	@Test
	void theDatasetExportComesBackInUnchanged() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		byte[] zip = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/export/dataset"))
			.header("Authorization", basic("ada")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
		HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/import?dryRun=true")).header("Authorization", basic("ada")).header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
		assertThat(JsonPath.<Map<String, Object>>read(back.body(), "$")).containsEntry("created", 0)
			.containsEntry("changed", 0);
	}

	@Test
	void somethingThatIsNotADatasetIsRefusedClearly() {
		assertHttpError(post("", "text/plain", PLAN, "ada"), 400, "BAD_REQUEST", "Send a dataset as application/yaml");
		assertHttpError(post("", "application/zip", "not a zip", "ada"), 400, "BAD_REQUEST",
				"The upload holds no dataset");
		HttpResponse<String> notYaml = post("", "application/yaml", "actionPlans: [unclosed", "ada");
		assertThat(notYaml.statusCode()).isEqualTo(422);
		assertThat(notYaml.body()).contains("upload.yaml").doesNotContain("at org.");
	}

}
