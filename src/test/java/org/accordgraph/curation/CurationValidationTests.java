package org.accordgraph.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.dataset.DatasetImporter;
import org.accordgraph.format.FieldLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.restoreBundledGraph;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.accordgraph.curation.CuratorSessionTests.CREATE_CONFERENCE;
import static org.accordgraph.curation.CuratorSessionTests.CREATE_SOURCE;
import static org.accordgraph.curation.CuratorSessionTests.HOSTING_2024;
import static org.accordgraph.curation.CuratorSessionTests.QUOTE;
import static org.accordgraph.curation.CuratorSessionTests.RECORD_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule a curator's input must keep, with the field and the rule named; and a refused input
 * changes nothing at all. The fixture source (with its text) is added once for the class.
 */
@AccordGraphTest
@TestInstance(Lifecycle.PER_CLASS)
class CurationValidationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DatasetImporter importer;

	@BeforeAll
	void addTheFixtureSources() {
		carla().document(CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute()
			.path("createSource.userErrors").entityList(Object.class).hasSize(0);
		carla().document(CREATE_SOURCE)
			.variable("input", Map.of("slug", "test-untexted", "title", "Test fixture without text", "noUrl", "none"))
			.execute()
			.path("createSource.userErrors").entityList(Object.class).hasSize(0);
	}

	@AfterAll
	void restore() {
		restoreBundledGraph(this.neo4j, this.importer);
	}

	private HttpGraphQlTester carla() {
		return signedIn(this.graphQl, basic("carla"));
	}

	/** A conference input that is right, with the entries given replaced (a null value removes one). */
	private static Map<String, Object> conference(Object... replaced) {
		Map<String, Object> input = new HashMap<>(CuratorSessionTests.conference());
		input.put("slug", "test-conference");
		for (int i = 0; i < replaced.length; i += 2) {
			input.put((String) replaced[i], replaced[i + 1]);
		}
		input.values().removeIf(value -> value == null);
		return input;
	}

	private static Map<String, Object> assessment(Object... replaced) {
		Map<String, Object> input = new HashMap<>(Map.of("subject", HOSTING_2024, "status", "FULFILLED", "date",
				Map.of("date", "2024-07-05"), "citations", List.of(CuratorSessionTests.citation(QUOTE))));
		for (int i = 0; i < replaced.length; i += 2) {
			input.put((String) replaced[i], replaced[i + 1]);
		}
		return input;
	}

	/** The refusal of the input: exactly one user error, on that field, for that rule, saying so. */
	private void refused(GraphQlTester.Response response, String mutation, List<String> field, String code,
			String message) {
		response.path(mutation + ".userErrors").entityList(Map.class).satisfies(errors -> assertThat(errors)
			.singleElement()
			.satisfies(error -> {
				assertThat(error.get("field")).isEqualTo(field);
				assertThat(error.get("code")).isEqualTo(code);
				assertThat((String) error.get("message")).contains(message);
			}));
	}

	private GraphQlTester.Response createConference(Map<String, Object> input) {
		return carla().document(CREATE_CONFERENCE).variable("input", input).execute();
	}

	private GraphQlTester.Response recordAssessment(Map<String, Object> input) {
		return carla().document(RECORD_ASSESSMENT).variable("input", input).execute();
	}

	@Test
	void aSlugIsLowerCaseWordsJoinedByHyphensNotTooLongAndNotTaken() {
		refused(createConference(conference("slug", "Bishkek 2024")), "createConference", List.of("input", "slug"),
				"FORMAT", "is not a slug");
		refused(createConference(conference("slug", "a".repeat(101))), "createConference", List.of("input", "slug"),
				"FORMAT", "longer than 100 characters");
		refused(createConference(conference("slug", "astana-2023")), "createConference", List.of("input", "slug"),
				"DUPLICATE", "already the key of a Conference");
	}

	@Test
	void referencesNameWhatExists() {
		refused(createConference(conference("hostCountry", "XX")), "createConference", List.of("input", "hostCountry"),
				"UNKNOWN_REFERENCE", "'XX' is not a known Country");
		refused(createConference(conference("series", "no-such-series")), "createConference",
				List.of("input", "series"), "UNKNOWN_REFERENCE", "not a known ConferenceSeries");
		refused(createConference(conference("coOrganisers", List.of("osce", "no-such-body"))), "createConference",
				List.of("input", "coOrganisers", "1"), "UNKNOWN_REFERENCE", "'no-such-body' is not a known");
		refused(recordAssessment(assessment("fulfilledBy", "Q29uZmVyZW5jZTpuby1zdWNo")), "recordAssessment",
				List.of("input", "fulfilledBy"), "UNKNOWN_REFERENCE", "'no-such' is not a known");
		refused(recordAssessment(assessment("corrects", "no-such-assessment")), "recordAssessment",
				List.of("input", "corrects"), "UNKNOWN_REFERENCE", "not a known StatusAssessment");
		refused(recordAssessment(assessment("subject", "Q29tbWl0bWVudDpuby1zdWNo")), "recordAssessment",
				List.of("input", "subject"), "UNKNOWN_REFERENCE", "there is no Commitment 'no-such'");
	}

	@Test
	void datesAreWellFormedInOrderAndNoMoreExactThanTheirCitations() {
		refused(createConference(conference("startDate", Map.of("date", "2024-13"))), "createConference",
				List.of("input", "startDate"), "FORMAT", "'2024-13' is not a date");
		refused(createConference(conference("endDate", Map.of("date", "2024-07-04", "basis", "ASSUMED", "reasoning",
				"a test"))), "createConference", List.of("input", "endDate"), "INCONSISTENT", "is before startDate");
		refused(createConference(conference("startDate", Map.of("date", "2024-07-06"))), "createConference",
				List.of("input", "startDate"), "EVIDENCE", "no citation of the fact names 2024-07-06 (day)");
	}

	@Test
	void aStatusIsOneOfTheControlledList() {
		refused(recordAssessment(assessment("status", "DONE")), "recordAssessment", List.of("input", "status"),
				"NOT_IN_LIST", "'DONE' is not one of [PENDING, IN_PROGRESS, FULFILLED");
	}

	@Test
	void requiredValuesAndLengths() {
		refused(carla().document(CREATE_SOURCE)
			.variable("input", Map.of("slug", "test-nameless", "noUrl", "none"))
			.execute(), "createSource", List.of("input", "title"), "REQUIRED", "needs a title or a publisher");
		refused(createConference(conference("note", "x".repeat(FieldLimits.MAX_TEXT_LENGTH + 1))), "createConference",
				List.of("input", "note"), "FORMAT", "longer than " + FieldLimits.MAX_TEXT_LENGTH + " characters");
		refused(createConference(conference("citations", List.of(Map.of("source", "test-bishkek-release", "quote",
				" ", "verbatim", true)))), "createConference", List.of("input", "citations", "0", "quote"), "REQUIRED",
				"has no quote");
	}

	@Test
	void aVerbatimQuoteIsInItsSourcesText() {
		refused(createConference(conference("citations", List.of(CuratorSessionTests.citation(
				"On 5 July 2024 the conference was held in Dushanbe.")))), "createConference",
				List.of("input", "citations", "0", "quote"), "NOT_IN_SOURCE", "does not occur in the text");
		refused(carla().document(CREATE_SOURCE)
			.variable("input", Map.of("slug", "test-more", "title", "t", "noUrl", "none", "text", "A short text.",
					"passages", List.of("A short text.", "Words it does not hold.")))
			.execute(), "createSource", List.of("input", "passages", "1"), "NOT_IN_SOURCE", "does not occur in the text");
		refused(createConference(conference("citations", List.of(Map.of("source", "test-untexted", "quote", QUOTE,
				"verbatim", true)))), "createConference", List.of("input", "citations", "0", "quote"), "EVIDENCE",
				"the text of test-untexted is not held");
	}

	@Test
	void aFactHasItsCitationsOrIsMarkedUnsourcedAndAnInferenceItsReasoning() {
		createConference(conference("citations", List.of())).path("createConference.userErrors")
			.entityList(Map.class)
			.contains(Map.of("field", List.of("input", "citations"), "code", "EVIDENCE", "message",
					"a fact needs at least one citation, or else to be marked unsourced"),
					Map.of("field", List.of("input", "startDate"), "code", "EVIDENCE", "message",
							"no citation of the fact names 2024-07-05 (day): make it as exact as they are, or mark it INFERRED or ASSUMED with reasoning"));
		refused(createConference(conference("basis", "INFERRED")), "createConference", List.of("input", "reasoning"),
				"EVIDENCE", "an INFERRED fact needs the curator's reasoning");
		refused(createConference(conference("reasoning", "because")), "createConference",
				List.of("input", "reasoning"), "EVIDENCE", "a STATED fact is said by its citations");
	}

	@Test
	void aRefusedInputChangesNothing() {
		String state = """
				MATCH (n) WITH count(n) AS nodes, sum(CASE WHEN n.version IS :: INTEGER THEN n.version ELSE 0 END) AS versions
				MATCH ()-[r]->() RETURN nodes, versions, count(r) AS relationships""";
		Map<String, Object> before = this.neo4j.query(state).fetch().one().orElseThrow();
		createConference(conference("coOrganisers", List.of("osce", "iom", "no-such-body")))
			.path("createConference.conference").valueIsNull();
		recordAssessment(assessment("expectedVersion", 0, "status", "DONE"))
			.path("recordAssessment.subject").valueIsNull();
		assertThat(this.neo4j.query(state).fetch().one().orElseThrow()).isEqualTo(before);
	}

	@Test
	void recordsAndFieldsThatAreNotOfTheFormatAreNamed() {
		String createRecords = """
				mutation($input: CreateRecordsInput!) { createRecords(input: $input) { userErrors { field message code } } }""";
		refused(carla().document(createRecords).variable("input", Map.of("records", Map.of("nonsense", List.of(1))))
			.execute(), "createRecords", List.of("input", "records", "nonsense"), "FORMAT",
				"'nonsense' is not a section of the dataset format");
		refused(carla().document(createRecords)
			.variable("input", Map.of("records", Map.of("actionPlans", List.of(Map.of("slug", "test-plan", "bogus", 1)))))
			.execute(), "createRecords", List.of("input", "records", "actionPlans", "0", "bogus"), "FORMAT",
				"is not a field of this section");
		carla().document(createRecords).variable("input", Map.of("records", List.of(1, 2))).execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "records");
			}));
		carla().document(UpdateTests.UPDATE)
			.variable("input", Map.of("id", UpdateTests.ASTANA, "expectedVersion", 0, "set", "a text"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "set")));
	}

}
