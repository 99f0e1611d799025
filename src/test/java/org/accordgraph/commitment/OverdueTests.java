package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue report, read anonymously: on a day, the commitments due before it whose status that
 * day is UNKNOWN or not yet assessed, the same as the commitments' own status says, by country and
 * by series.
 */
@AccordGraphTest
class OverdueTests {

	static final String OVERDUE = """
			query($asOf: Date) {
			  overdueCommitments(asOf: $asOf) {
			    asOf
			    commitments { slug dueDate { latest } status(asOf: $asOf) { status } }
			    byCountry { country { code } commitments { slug } }
			    bySeries { series { slug } commitments { slug } }
			  }
			}""";

	static final String EVERY_COMMITMENT = """
			query($asOf: Date) {
			  commitments(first: 100) { edges { node { slug dueDate { latest } status(asOf: $asOf) { status } } } }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void atTheEndOf2025TheHostingsOfKyrgyzstanAndTajikistanAreOverdueAndNotThoseHeldOrYetToCome() {
		var report = this.graphQl.document(OVERDUE).variable("asOf", "2025-12-31").execute();
		report.path("overdueCommitments.asOf").entity(String.class).isEqualTo("2025-12-31")
			.path("overdueCommitments.commitments[*].slug").entityList(String.class)
			.contains("host-central-asia-tip-conference-2024", "host-central-asia-tip-conference-2025")
			.doesNotContain("host-central-asia-tip-conference-2023", "host-central-asia-tip-conference-2026")
			.path("overdueCommitments.byCountry[?(@.country.code == 'KG')].commitments[*].slug").entityList(String.class)
			.contains("host-central-asia-tip-conference-2024")
			.path("overdueCommitments.byCountry[?(@.country.code == 'KZ')].commitments[*].slug").entityList(String.class)
			.doesNotContain("host-central-asia-tip-conference-2023")
			.path("overdueCommitments.bySeries[?(@.series.slug == 'central-asia-tip-conference')].commitments[*].slug")
			.entityList(String.class)
			.contains("host-central-asia-tip-conference-2024", "host-central-asia-tip-conference-2025");
	}

	@Test
	void theReportHoldsExactlyTheCommitmentsWhoseOwnStatusSaysSoOnEachDay() {
		for (String day : List.of("2022-12-31", "2024-08-15", "2025-12-31", LocalDate.now().toString())) {
			List<Map<String, Object>> every = this.graphQl.document(EVERY_COMMITMENT).variable("asOf", day).execute()
				.path("commitments.edges[*].node")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			TreeSet<String> expected = new TreeSet<>();
			for (Map<String, Object> commitment : every) {
				Map<?, ?> due = (Map<?, ?>) commitment.get("dueDate");
				Map<?, ?> status = (Map<?, ?>) commitment.get("status");
				if (due != null && due.get("latest").toString().compareTo(day) < 0
						&& (status == null || "UNKNOWN".equals(status.get("status")))) {
					expected.add((String) commitment.get("slug"));
				}
			}
			List<String> reported = this.graphQl.document(OVERDUE).variable("asOf", day).execute()
				.path("overdueCommitments.commitments[*].slug").entityList(String.class).get();
			assertThat(new TreeSet<>(reported)).as(day).isEqualTo(expected);
		}
	}

}
