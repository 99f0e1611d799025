package org.accordgraph.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.CitedFacts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How each fact is known, through the API: every list of facts keeps only those known in the
 * ways asked for, so that a briefing can be built from stated facts alone; a fact that is not
 * stated says why a curator holds it.
 */
@AccordGraphTest
class BasisTests {

	private static final String DOCUMENT = "evidence/facts-by-basis";

	@Autowired
	HttpGraphQlTester graphQl;

	private GraphQlTester.Response ask(List<String> bases) {
		GraphQlTester.Request<?> request = this.graphQl.documentName(DOCUMENT);
		if (bases != null) {
			request = request.variable("basis", bases);
		}
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		return response;
	}

	private Map<?, ?> facts(List<String> bases) {
		return ask(bases).path("$").entity(Map.class).get();
	}

	/** Every object in a response that says how it is known. */
	private static List<Map<?, ?>> known(Object response) {
		List<Map<?, ?>> found = new ArrayList<>();
		if (response instanceof Map<?, ?> map) {
			if (map.containsKey("basis")) {
				found.add(map);
			}
			map.values().forEach(value -> found.addAll(known(value)));
		}
		else if (response instanceof List<?> list) {
			list.forEach(element -> found.addAll(known(element)));
		}
		return found;
	}

	private static List<Object> bases(List<Map<?, ?>> facts) {
		return facts.stream().<Object>map(fact -> fact.get("basis")).toList();
	}

	@Test
	void unfilteredListsHoldInferredAndAssumedFactsEachWithItsReasoning() {
		List<Map<?, ?>> all = known(facts(null));
		assertThat(bases(all)).contains("STATED", "INFERRED", "ASSUMED");
		assertThat(all).filteredOn(fact -> !"STATED".equals(fact.get("basis")))
			.isNotEmpty()
			.allSatisfy(fact -> assertThat((String) fact.get("reasoning")).isNotBlank());
		assertThat(all).filteredOn(fact -> "STATED".equals(fact.get("basis")))
			.allSatisfy(fact -> assertThat(fact.get("reasoning")).isNull());
	}

	@Test
	void aBriefingFromStatedFactsHoldsNoneOfTheOthers() {
		List<Map<?, ?>> stated = known(facts(List.of("STATED")));
		assertThat(bases(stated)).isNotEmpty().containsOnly("STATED");
		long statedOfAll = bases(known(facts(null))).stream().filter("STATED"::equals).count();
		// a stated fact in a list only by an inferred link (an edition of a series by inference) is left out too
		assertThat(stated).as("no more than the stated facts").hasSizeLessThanOrEqualTo((int) statedOfAll)
			.as("most of them").hasSizeGreaterThan((int) statedOfAll / 2);
	}

	@Test
	void whatIsInferredIsLeftOutOfTheStatedLists() {
		GraphQlTester.Response stated = ask(List.of("STATED"));
		stated.path("country.commitments").entityList(Object.class).hasSize(0);
		stated.path("country.partners").entityList(Object.class).hasSize(0);
		stated.path("conferenceSeries.editions").entityList(Object.class).hasSize(0);
		stated.path("conference.coOrganisers").entityList(Object.class).hasSize(0);
		stated.path("conference.statements[*].slug").entityList(String.class)
			.containsExactly("tanzila-narbayeva-bukhara-2021");
		stated.path("project.fundedBy").entityList(Object.class).hasSize(0);
		stated.path("legalInstrument.statusHistory[*].status").entityList(String.class).containsExactly("ADOPTED");
		stated.path("conferenceSeries.hostingRotation[*].year").entityList(Integer.class)
			.containsExactly(2022, 2023, 2024, 2025, 2026);
		CitedFacts.assertCitationsSourced(stated.path("$").entity(Map.class).get(), 0);
	}

	@Test
	void conventionsAreListedApart() {
		GraphQlTester.Response assumed = ask(List.of("ASSUMED"));
		assumed.path("commitment.statusHistory[*].status").entityList(String.class).containsExactly("PENDING");
		assumed.path("commitment.statusHistory[0].reasoning").entity(String.class)
			.satisfies(reasoning -> assertThat(reasoning).contains("by convention"));
	}

	@Test
	void anInferenceLinksTheFactsItRestsOn() {
		this.graphQl.document("""
				query($slug: String!) { conference(slug: $slug) { series { restsOn { __typename ... on Commitment { slug } } } } }""")
			.variable("slug", "tashkent-2022")
			.execute()
			.path("conference.series.restsOn[*].slug")
			.entityList(String.class)
			.containsExactly("host-central-asia-tip-conference-2022");
	}

}
