package org.accordgraph.commitment;

import java.util.Arrays;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Who hosts which year, who is next, what is still to be held; and the rotation as known on a day. */
@AccordGraphTest
class HostingTests {

	@Autowired
	HttpGraphQlTester graphQl;

	/** A question about the annual Central Asian series: {@code $series} is set. */
	private GraphQlTester.Request<?> ask(String document) {
		return this.graphQl.document(document).variable("series", "central-asia-tip-conference");
	}

	@ParameterizedTest
	@CsvSource({ "2022, UZ", "2023, KZ", "2024, KG", "2025, TJ", "2026, TM" })
	void whoHostsInAYear(int year, String country) {
		ask("query($series: String!, $year: Int!) { conferenceSeries(slug: $series) { host(year: $year) { country { code } } } }")
			.variable("year", year)
			.execute()
			.path("conferenceSeries.host.country.code")
			.entity(String.class)
			.isEqualTo(country);
	}

	@Test
	void noOneHostsOutsideTheRotation() {
		ask("query($series: String!) { conferenceSeries(slug: $series) { host(year: 2027) { year } } }")
			.execute()
			.path("conferenceSeries.host")
			.valueIsNull();
	}

	@ParameterizedTest
	@CsvSource({ "2021, 2022, UZ", "2023, 2024, KG", "2025, 2026, TM" })
	void whoIsNextAfterAYear(int after, int year, String country) {
		ask("query($series: String!, $after: Int!) { conferenceSeries(slug: $series) { nextHost(after: $after) { year country { code } } } }")
			.variable("after", after)
			.execute()
			.path("conferenceSeries.nextHost.year")
			.entity(Integer.class)
			.isEqualTo(year)
			.path("conferenceSeries.nextHost.country.code")
			.entity(String.class)
			.isEqualTo(country);
	}

	@Test
	void noOneIsNextAfterTheLastYear() {
		ask("query($series: String!) { conferenceSeries(slug: $series) { nextHost(after: 2026) { year } } }")
			.execute()
			.path("conferenceSeries.nextHost")
			.valueIsNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2021-11-01 |
			2022-01-01 | 2022 2023 2024 2025 2026
			2022-07-28 | 2023 2024 2025 2026
			2023-07-27 | 2024 2025 2026
			2024-08-01 | 2024 2025 2026
			""")
	void whichEditionsAreStillToBeHeldOnADay(String asOf, String years) {
		ask("query($series: String!, $asOf: Date) { conferenceSeries(slug: $series) { editionsToBeHeld(asOf: $asOf) { year } } }")
			.variable("asOf", asOf)
			.execute()
			.path("conferenceSeries.editionsToBeHeld[*].year")
			.entityList(Integer.class)
			.containsExactly(years == null ? new Integer[0]
					: Arrays.stream(years.split(" ")).map(Integer::valueOf).toArray(Integer[]::new));
	}

	/**
	 * Due "at the end of July" 2024 (the month) and last assessed PENDING in July 2023: pending
	 * through 31 July 2024, unknown from 1 August, since nothing later says it was held.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2024-07-31 | PENDING | false | 2023-07-27
			2024-08-01 | UNKNOWN | true  | 2023-07-27
			""")
	void anUndertakingIsUnknownOnceItFallsDueAfterItsLastAssessment(String asOf, String status, boolean stale,
			String since) {
		GraphQlTester.Response response = ask("""
				query($series: String!, $asOf: Date) { conferenceSeries(slug: $series) { host(year: 2024, asOf: $asOf) {
				    status { status stale date { iso } lastAssessment { status } basis reasoning } } } }""")
			.variable("asOf", asOf)
			.execute();
		response.path("conferenceSeries.host.status.status")
			.entity(String.class)
			.isEqualTo(status)
			.path("conferenceSeries.host.status.stale")
			.entity(Boolean.class)
			.isEqualTo(stale)
			.path("conferenceSeries.host.status.date.iso")
			.entity(String.class)
			.isEqualTo(since);
		if (stale) {
			response.path("conferenceSeries.host.status.lastAssessment.status").entity(String.class).isEqualTo("PENDING");
			response.path("conferenceSeries.host.status.reasoning")
				.entity(String.class)
				.isEqualTo("Due by 2024-07, which has passed since the latest assessment (PENDING on 2023-07-27); no later source is held.");
		}
		else {
			response.path("conferenceSeries.host.status.lastAssessment").valueIsNull();
		}
	}

	@Test
	void theRotationAsKnownBeforeTheBukharaConferenceIsEmpty() {
		this.graphQl.document("{ hostingRotation(series: \"central-asia-tip-conference\", asOf: \"2021-11-01\") { year } }")
			.execute()
			.path("hostingRotation")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void theRotationAsKnownAtTheEndOf2022() {
		this.graphQl.document("""
				{ hostingRotation(series: "central-asia-tip-conference", asOf: "2022-12-31") {
				    year conference { slug } status { status date { iso } } } }""")
			.execute()
			.path("hostingRotation[*].year")
			.entityList(Integer.class)
			.containsExactly(2022, 2023, 2024, 2025, 2026)
			.path("hostingRotation[*].conference.slug")
			.entityList(String.class)
			.containsExactly("tashkent-2022")
			.path("hostingRotation[*].status.status")
			.entityList(String.class)
			.containsExactly("FULFILLED", "PENDING", "PENDING", "PENDING", "PENDING")
			.path("hostingRotation[1].status.date.iso")
			.entity(String.class)
			.isEqualTo("2021-11-26");
	}

	@Test
	void aCommitmentsStatusOnADayComesFromItsHistory() {
		this.graphQl.document("""
				{ commitment(slug: "bukhara-annual-conferences") {
				    before: status(asOf: "2021-11-25") { status }
				    made: status(asOf: "2021-11-26") { status }
				    first: status(asOf: "2022-12-31") { status date { iso } }
				    now: status { status date { iso } } } }""")
			.execute()
			.path("commitment.before")
			.valueIsNull()
			.path("commitment.made.status")
			.entity(String.class)
			.isEqualTo("PENDING")
			.path("commitment.first.date.iso")
			.entity(String.class)
			.isEqualTo("2022-07-28")
			.path("commitment.now.date.iso")
			.entity(String.class)
			.isEqualTo("2023-07-27");
	}

}
