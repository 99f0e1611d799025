package org.accordgraph.format;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.accordgraph.ApiAssertions.TEST_SOURCES;
import static org.accordgraph.ApiAssertions.TEST_SOURCE_FILES;
import static org.accordgraph.ApiAssertions.datasetProblems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every section of the dataset format shares ({@link Mapping}): how a fact is known,
 * and dates no more exact nor more certain than their citations.
 */
class MappingTests {

	@Test
	void aFactThatIsNotStatedNeedsItsReasoning() {
		assertThat(datasetProblems(TEST_SOURCES + """
				countries:
				  - {code: KZ, name: Kazakhstan, cite: [gazette#kz, summary#kz], basis: INFERRED}
				  - {code: UZ, name: Uzbekistan, cite: [gazette#kz], basis: GUESSED}
				  - {code: TJ, name: Tajikistan, cite: [gazette#kz], reasoning: Because.}
				organisations:
				  - slug: body
				    name: Body
				    kind: NGO
				    cite: [gazette#kz]
				    basedIn: {country: KZ, cite: [gazette#kz], basis: ASSUMED, restsOn: [nowhere]}
				""", TEST_SOURCE_FILES)).containsExactly(
				"test.yaml countries[0] (KZ).reasoning: an INFERRED fact needs the curator's reasoning",
				"test.yaml countries[1] (UZ).basis: 'GUESSED' is not one of [STATED, INFERRED, ASSUMED]",
				"test.yaml countries[2] (TJ).reasoning: a STATED fact is said by its citations; reasoning is for INFERRED or ASSUMED ones",
				"test.yaml organisations[0] (body).basedIn.reasoning: an ASSUMED fact needs the curator's reasoning",
				"test.yaml organisations[0] (body).basedIn.restsOn: 'nowhere' is not the key of a fact the graph holds as a node",
				"test.yaml organisations[0] (body).basedIn.restsOn: only an INFERRED fact rests on others");
	}

	@Test
	void aStatedDateIsNoMoreExactNorMoreCertainThanItsCitations() {
		assertThat(datasetProblems("""
				sources:
				  - slug: notes
				    url: https://notes.example/
				    publisher: Notes
				    citations:
				      appointed: "She was appointed in November 2022 and served until 20 January 2025."
				      since: "He has led it since at least April 2013."
				      around: "He took it over around March 2010."
				people:
				  - slug: envoy
				    name: Envoy
				    cite: [notes#appointed, notes#since, notes#around]
				    positions:
				      - {slug: envoy-post, title: Envoy, from: 2022-11-01, until: 2025-01-20, cite: [notes#appointed]}
				      - {slug: envoy-post-month, title: Envoy, from: 2022-11, until: 2025-01, cite: [notes#appointed]}
				      - {slug: head, title: Head, from: 2013-04, cite: [notes#since]}
				      - {slug: head-hedged, title: Head, from: {date: 2013-04, approximate: true, text: since at least April 2013}, cite: [notes#since]}
				      - {slug: head-held, title: Head, heldOn: {date: 2013-04, text: since at least April 2013}, cite: [notes#since]}
				      - {slug: head-assumed, title: Head, from: {date: 2013-04-01, basis: ASSUMED, reasoning: "The first of the month, by convention."}, cite: [notes#since]}
				      - {slug: head-bad, title: Head, from: 2013-13, cite: [notes#since]}
				      - {slug: earlier, title: Head, from: 2010-03, cite: [notes#around]}
				      - {slug: earlier-hedged, title: Head, from: {date: 2010-03, approximate: true, text: around March 2010}, cite: [notes#around]}
								""", Map.of())).containsExactly(
					"test.yaml people[0] (envoy).positions[0].from: no citation of the fact names 2022-11-01 (day): make it as exact as they are, or mark it INFERRED or ASSUMED with reasoning",
					"test.yaml people[0] (envoy).positions[2].from: its citation gives 2013-04 as a bound (\"at least\"), not when it began: record a date it is known to hold on (heldOn for a post)",
					"test.yaml people[0] (envoy).positions[3].from: its citation gives 2013-04 as a bound (\"at least\"), not when it began: record a date it is known to hold on (heldOn for a post)",
					"test.yaml people[0] (envoy).positions[6].from: '2013-13' is not a date such as 2024-07-05, 2022-11 or 2013",
					"test.yaml people[0] (envoy).positions[7].from: its citation hedges 2010-03 (\"about\", \"around\"): set approximate");
	}

}
