package org.accordgraph.curation;

import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator's session over HTTP, as a front end would run it: add a source with its text, record
 * that a conference was held with its host and co-organisers on the evidence of a verbatim
 * quote, record the hosting fulfilled, read the rotation back, correct the assessment, and find
 * it all in the audit trail. The source is a test fixture, not a real document.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class CuratorSessionTests {

	static final String SERIES = "central-asia-tip-conference";

	static final String HOSTING_2024 = "Q29tbWl0bWVudDpob3N0LWNlbnRyYWwtYXNpYS10aXAtY29uZmVyZW5jZS0yMDI0";

	static final String TEXT = """
			Test fixture. On 5 July 2024 the seventh Central Asian conference on trafficking in persons \
			was held in Bishkek, hosted by Kyrgyzstan with the OSCE and IOM.""";

	static final String QUOTE = "On 5 July 2024 the seventh Central Asian conference on trafficking in persons was held in Bishkek, hosted by Kyrgyzstan with the OSCE and IOM.";

	static final String CREATE_SOURCE = """
			mutation($input: CreateSourceInput!) {
			  createSource(input: $input) { source { id slug text version } userErrors { field message code } }
			}""";

	static final String CREATE_CONFERENCE = """
			mutation($input: CreateConferenceInput!) {
			  createConference(input: $input) {
			    conference { id slug startDate { iso precision } hostedBy { country { code } citations { quote verbatim } }
			                 coOrganisers { actor { ... on Organisation { slug } } } series { series { slug } } }
			    userErrors { field message code }
			  }
			}""";

	static final String RECORD_ASSESSMENT = """
			mutation($input: RecordAssessmentInput!) {
			  recordAssessment(input: $input) {
			    subject { ... on Commitment { version statusHistory { slug status assessedBy } } }
			    userErrors { field message code }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;


	HttpGraphQlTester carla;

	@BeforeEach
	void signIn() {
		this.carla = signedIn(this.graphQl, basic("carla"));
	}


	static Map<String, Object> source() {
		return Map.of("slug", "test-bishkek-release", "title", "Test fixture: a release on the 2024 conference",
				"noUrl", "a test fixture", "text", TEXT);
	}

	static Map<String, Object> conference() {
		return Map.of("slug", "bishkek-2024", "title", "Seventh Central Asian conference", "series", SERIES,
				"startDate", Map.of("date", "2024-07-05"), "city", "Bishkek", "hostCountry", "KG", "coOrganisers",
				List.of("osce", "iom"), "citations", List.of(citation(QUOTE)));
	}

	static Map<String, Object> citation(String quote) {
		return Map.of("source", "test-bishkek-release", "quote", quote, "verbatim", true);
	}

	@Test
	void aCuratorRecordsThatAConferenceWasHeldAndTheRotationShowsIt() {
		this.carla.document(CREATE_SOURCE).variable("input", source()).execute()
			.path("createSource.userErrors").entityList(Object.class).hasSize(0)
			.path("createSource.source.slug").entity(String.class).isEqualTo("test-bishkek-release")
			.path("createSource.source.version").entity(Integer.class).isEqualTo(0);

		this.carla.document(CREATE_CONFERENCE).variable("input", conference()).execute()
			.path("createConference.userErrors").entityList(Object.class).hasSize(0)
			.path("createConference.conference.startDate.precision").entity(String.class).isEqualTo("DAY")
			.path("createConference.conference.hostedBy.country.code").entity(String.class).isEqualTo("KG")
			.path("createConference.conference.hostedBy.citations[0].quote").entity(String.class).isEqualTo(QUOTE)
			.path("createConference.conference.hostedBy.citations[0].verbatim").entity(Boolean.class).isEqualTo(true)
			.path("createConference.conference.coOrganisers[*].actor.slug").entityList(String.class)
			.satisfies(slugs -> assertThat(slugs).containsExactlyInAnyOrder("osce", "iom"))
			.path("createConference.conference.series.series.slug").entity(String.class).isEqualTo(SERIES);

		this.carla.document(RECORD_ASSESSMENT)
			.variable("input", Map.of("subject", HOSTING_2024, "status", "FULFILLED", "date",
					Map.of("date", "2024-07-05"), "fulfilledBy", "Q29uZmVyZW5jZTpiaXNoa2VrLTIwMjQ", "expectedVersion", 0,
					"citations", List.of(citation(QUOTE))))
			.execute()
			.path("recordAssessment.userErrors").entityList(Object.class).hasSize(0)
			.path("recordAssessment.subject.version").entity(Integer.class).isEqualTo(1)
			.path("recordAssessment.subject.statusHistory[2].status").entity(String.class).isEqualTo("FULFILLED")
			.path("recordAssessment.subject.statusHistory[2].assessedBy").entity(String.class)
			.isEqualTo("Accord Graph curators");
		this.carla.document("""
				{ changes(by: "carla") { operation entity } }""").execute()
			.path("changes[?(@.operation == 'recordAssessment')].entity").entityList(String.class)
			.satisfies(entities -> assertThat(entities).anyMatch(entity -> entity.startsWith("StatusAssessment:")));

		this.graphQl.document("""
				query($series: String!) {
				  hostingRotation(series: $series) { year conference { slug } status { status } }
				}""").variable("series", SERIES).execute()
			.path("hostingRotation[?(@.year == 2024)].conference.slug").entityList(String.class).containsExactly("bishkek-2024")
			.path("hostingRotation[?(@.year == 2024)].status.status").entityList(String.class).containsExactly("FULFILLED")
			.path("hostingRotation[?(@.year == 2025)].status.status").entityList(String.class).containsExactly("UNKNOWN");
	}

	@Test
	void aCorrectionReplacesTheAssessmentInTheHistoryAndKeepsItInTheGraph() {
		this.carla.document(CREATE_SOURCE).variable("input", source()).execute();
		this.carla.document(RECORD_ASSESSMENT)
			.variable("input", Map.of("subject", HOSTING_2024, "status", "IN_PROGRESS", "date",
					Map.of("date", "2024-07-05"), "citations", List.of(citation(QUOTE))))
			.execute()
			.path("recordAssessment.userErrors").entityList(Object.class).hasSize(0);

		this.carla.document(RECORD_ASSESSMENT)
			.variable("input", Map.of("subject", HOSTING_2024, "status", "FULFILLED", "date",
					Map.of("date", "2024-07-05"), "corrects", "host-central-asia-tip-conference-2024-2024-07-05-in-progress",
					"citations", List.of(citation(QUOTE))))
			.execute()
			.path("recordAssessment.userErrors").entityList(Object.class).hasSize(0)
			.path("recordAssessment.subject.statusHistory[*].status").entityList(String.class)
			.containsExactly("PENDING", "PENDING", "FULFILLED");

		long kept = this.neo4j.query("""
				MATCH (:Commitment {slug: 'host-central-asia-tip-conference-2024'})-[:HAD_STATUS]->(old:StatusAssessment)
				      <-[:CORRECTS]-(:StatusAssessment {status: 'FULFILLED'})
				RETURN count(old)""").fetchAs(Long.class).one().orElseThrow();
		assertThat(kept).isEqualTo(1);
	}

	@Test
	void theAuditTrailHasEveryChangeByEntityByPersonAndByTime() {
		this.carla.document(CREATE_SOURCE).variable("input", source()).execute();
		this.carla.document(CREATE_CONFERENCE).variable("input", conference()).execute();
		String changes = """
				query($entity: ID, $by: String, $since: DateTime) {
				  changes(entity: $entity, by: $by, since: $since) { sequence by operation entity node { id } before after }
				}""";

		this.carla.document(changes).variable("entity", "Q29uZmVyZW5jZTpiaXNoa2VrLTIwMjQ").execute()
			.path("changes[*].operation").entityList(String.class)
			.satisfies(operations -> assertThat(operations).containsOnly("createConference"))
			.path("changes[*].entity").entityList(String.class)
			.contains("Conference:bishkek-2024", "Conference:bishkek-2024-HOSTED_BY->Country:KG",
					"Conference:bishkek-2024-CO_ORGANISED_BY->Organisation:osce",
					"Conference:bishkek-2024-EDITION_OF->ConferenceSeries:" + SERIES)
			.path("changes[0].before").valueIsNull()
			.path("changes[0].after.city").entity(String.class).isEqualTo("Bishkek")
			.path("changes[0].node.id").entity(String.class).isEqualTo("Q29uZmVyZW5jZTpiaXNoa2VrLTIwMjQ");

		this.carla.document(changes).variable("by", "carla").execute()
			.path("changes[*].operation").entityList(String.class).contains("createSource", "createConference")
			.path("changes[*].sequence").entityList(Integer.class).satisfies(sequences ->
				assertThat(sequences).isSortedAccordingTo(Integer::compare).doesNotContain(0));
		this.carla.document(changes).variable("by", "ada").execute()
			.path("changes").entityList(Object.class).hasSize(0);
		this.carla.document(changes).variable("since", "2999-01-01T00:00:00Z").execute()
			.path("changes").entityList(Object.class).hasSize(0);
	}

	@Test
	void aFactRecordedWithoutACitationIsListedAsUnsourced() {
		String unsourced = "query($first: Int) { unsourcedFacts(first: $first) { entity basis reasoning node { id } } }";
		this.carla.document(unsourced).variable("first", 100).execute()
			.path("unsourcedFacts").entityList(Object.class).hasSize(0);
		this.carla.document(RECORD_ASSESSMENT)
			.variable("input", Map.of("subject", HOSTING_2024, "status", "IN_PROGRESS", "date",
					Map.of("date", "2024", "basis", "ASSUMED", "reasoning", "told by a delegate"), "unsourced", true,
					"basis", "ASSUMED", "reasoning", "told by a delegate, not yet written anywhere we hold"))
			.execute()
			.path("recordAssessment.userErrors").entityList(Object.class).hasSize(0);
		this.carla.document(unsourced).variable("first", 100).execute()
			.path("unsourcedFacts[*].entity").entityList(String.class)
			.containsExactly("StatusAssessment:host-central-asia-tip-conference-2024-2024-in-progress")
			.path("unsourcedFacts[0].basis").entity(String.class).isEqualTo("ASSUMED")
			.path("unsourcedFacts[0].node").valueIsNull();
	}

}
