package org.accordgraph;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manual's capability examples (docs/exploring.md) answer what it shows: the key value of each, and every
 * citation sourced (at least as many as each example is known to hold). (The features are tested in depth by their own tests.)
 */
@AccordGraphTest
class CapabilityExamplesTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			c01-filter-and-sort | commitments.edges[*].node.slug        | [host-central-asia-tip-conference-2025, host-central-asia-tip-conference-2024] | 0
			c02-paging          | countries.edges[*].node.code          | [KZ, KG] | 0
			c03-search          | search[*].type                        | [COUNTRY, CITATION, CITATION] | 0
			c04-partners        | organisation.partners[*].actor.name   | [Bureau of International Narcotics and Law Enforcement Affairs, International Organization for Migration, Ministry of Internal Affairs of Uzbekistan, National Commission on Combating Trafficking in Persons and Forced Labour, Organization for Security and Co-operation in Europe, Safe Migration in Central Asia, United Nations Office on Drugs and Crime, United States Agency for International Development] | 10
			c05-connection      | connection[*].relationship            | [HELD, AT, PART_OF] | 14
			c06-timeline        | country.timeline[*].status            | [null, PENDING, null, DRAFT, FULFILLED, null, null, UNDER_CONSIDERATION, null, ADOPTED] | 12
			c07-hosting         | conferenceSeries.editionsToBeHeld[*].status.status | [UNKNOWN, UNKNOWN, UNKNOWN] | 1
			c08-as-of           | hostingRotation[*].conference.slug    | [tashkent-2022] | 0
			c09-overdue         | overdueCommitments.byCountry[*].country.code | [KG, TJ] | 0
			""")
	void answersAsTheReadmeShows(String example, String path, String expected, int citations) {
		GraphQlTester.Response response = this.graphQl.documentName("capabilities/" + example).execute();
		response.errors().verify();
		assertThat(String.valueOf(response.path(path).entityList(Object.class).get()).replace(" ", ""))
			.isEqualTo(expected.replace(" ", ""));
		CitedFacts.assertCitationsSourced(response.path("$").entity(Map.class).get(), citations);
	}

}
