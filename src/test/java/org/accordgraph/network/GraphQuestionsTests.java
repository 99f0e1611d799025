package org.accordgraph.network;

import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.CitedFacts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** Partners, connections and timelines, on the bundled data. */
@AccordGraphTest
class GraphQuestionsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	private GraphQlTester.Response ask(String document, int citations) {
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		response.errors().verify();
		CitedFacts.assertCitationsSourced(response.path("$").entity(Map.class).get(), citations);
		return response;
	}

	@Test
	void whoWinrockWorkedWithAndThroughWhat() {
		GraphQlTester.Response response = ask("""
				{ organisation(slug: "winrock-international") { partners {
				    actor { ... on Organisation { slug } ... on Project { slug } }
				    ways count
				    evidence { way via { ... on Conference { slug } ... on Project { slug } } basis citations { quote } } } } }""", 18);
		assertThat(response.path("organisation.partners[*].actor.slug").entityList(String.class).get())
			.containsExactlyInAnyOrder("inl", "uzbekistan-ministry-of-internal-affairs", "uzbekistan-national-commission",
					"unodc", "usaid", "uzbekistan-prosecutor-general", "iom", "istiqbolli-avlod", "osce",
					"safe-migration-in-central-asia", "uzbekistan-supreme-court", "us-embassy-tashkent");
		assertThat(response.path("organisation.partners[*].count").entityList(Integer.class).get())
			.isSortedAccordingTo((a, b) -> b - a);
		String usaid = "organisation.partners[?(@.actor.slug == 'usaid')]";
		response.path(usaid + ".ways[*]").entityList(String.class).containsExactly("CO_ORGANISED_EVENT");
		response.path(usaid + ".evidence[*].via.slug").entityList(String.class).containsExactly("tashkent-2022");
		response.path(usaid + ".evidence[*].basis").entityList(String.class).containsExactly("STATED");
		response.path(usaid + ".evidence[0].citations[*].quote").entityList(String.class)
			.containsExactly("Held in Tashkent on 28 July 2022, organised by Uzbekistan's National Commission and Ministry of "
					+ "Internal Affairs with UNODC and Winrock International, funded by INL and USAID.");
	}

	/** Asked without their evidence, partners are the same partners in the same order, with the same ways and counts. */
	@Test
	void partnersWithoutTheirEvidenceAreTheSamePartners() {
		GraphQlTester.Response response = ask("""
				{ organisation(slug: "winrock-international") {
				    bare: partners(basis: [STATED]) { actor { name } ways count }
				    cited: partners(basis: [STATED]) { actor { name } ways count evidence { citations { quote } } } } }""", 5);
		List<Map<String, Object>> bare = response.path("organisation.bare").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
		}).get();
		List<Map<String, Object>> cited = response.path("organisation.cited").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
		}).get();
		assertThat(bare).hasSize(cited.size()).isNotEmpty();
		for (int i = 0; i < bare.size(); i++) {
			assertThat(bare.get(i)).isEqualTo(Map.of("actor", cited.get(i).get("actor"), "ways", cited.get(i).get("ways"),
					"count", cited.get(i).get("count")));
		}
	}

	/** Counted in the database or grouped from their evidence, partners are the same, whatever the basis asked. */
	@Test
	void partnersCountedWithoutEvidenceAreThePartnersTheirEvidenceShows() {
		for (List<String> bases : List.of(List.of("STATED", "INFERRED", "ASSUMED"), List.of("INFERRED"), List.of("STATED"))) {
			GraphQlTester.Response response = this.graphQl.document("""
					query($basis: [Basis!]) { organisation(slug: "unodc") {
					    counted: partners(basis: $basis) { actor { name } ways count }
					    evidenced: partners(basis: $basis) { actor { name } ways count evidence { basis } } } }""")
				.variable("basis", bases)
				.execute();
			List<Map<String, Object>> counted = response.path("organisation.counted")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				}).get();
			List<Map<String, Object>> evidenced = response.path("organisation.evidenced")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				}).get();
			assertThat(counted).as("asked for %s", bases).isNotEmpty().hasSize(evidenced.size());
			for (int i = 0; i < counted.size(); i++) {
				assertThat(counted.get(i)).isEqualTo(Map.of("actor", evidenced.get(i).get("actor"), "ways",
						evidenced.get(i).get("ways"), "count", evidenced.get(i).get("count")));
			}
		}
	}

	@Test
	void partnersComeInPagesAfterTheLastPartnerRead() {
		String document = """
				query($first: Int, $after: String) { organisation(slug: "unodc") {
				    partners(first: $first, after: $after) { actor { ... on Organisation { slug } ... on Project { slug } ... on Country { code } } } } }""";
		List<String> all = this.graphQl.document(document).execute()
			.path("organisation.partners[*].actor.slug").entityList(String.class).get();
		assertThat(all).hasSizeGreaterThan(4);
		List<String> first = this.graphQl.document(document).variable("first", 2).execute()
			.path("organisation.partners[*].actor.slug").entityList(String.class).get();
		List<String> second = this.graphQl.document(document).variable("first", 2).variable("after", first.get(1)).execute()
			.path("organisation.partners[*].actor.slug").entityList(String.class).get();
		assertThat(first).containsExactlyElementsOf(all.subList(0, 2));
		assertThat(second).containsExactlyElementsOf(all.subList(2, 4));
		this.graphQl.document(document).variable("after", "no-such-partner").execute().errors()
			.satisfy(errors -> assertBadRequest(errors, "after"));
		this.graphQl.document(document).variable("first", -1).execute().errors()
			.satisfy(errors -> assertBadRequest(errors, "first"));
	}

	/**
	 * No source says a state undertook to host: being named to host an edition makes Kazakhstan
	 * no party to the Bukhara delegates' agreement, and so no partner of its parties.
	 */
	@Test
	void beingNamedToHostMakesNoPartnerInTheBukharaUndertakings() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ country(code: "KZ") { namedToHost { slug }
				    partners { actor { ... on Country { code } ... on Organisation { slug } } ways } } }""")
			.execute();
		response.path("country.namedToHost[*].slug").entityList(String.class)
			.containsExactly("host-central-asia-tip-conference-2023");
		response.path("country.partners[*].ways[*]").entityList(String.class)
			.satisfies(ways -> assertThat(ways).doesNotContain("COMMITTED_IN_SAME_INSTRUMENT"));
		response.path("country.partners[*].actor.slug").entityList(String.class)
			.satisfies(slugs -> assertThat(slugs).doesNotContain("bukhara-conference-delegates"));
	}

	@Test
	void theShortestConnectionBetweenTwoActorsIsAChainOfCitedFacts() {
		GraphQlTester.Response response = ask("""
				{ connection(from: "reda-sirgediene", to: "inl") {
				    from { id ... on Person { slug } } relationship reversed to { id ... on Organisation { slug } }
				    citations { quote verbatim source { id } } } }""", 3);
		List<Map<String, Object>> steps = response.path("connection").entityList(Object.class).get().stream()
			.map(step -> (Map<String, Object>) step).toList();
		assertThat(steps).as("Sirgediene spoke at (or held her post at) Astana, which INL co-organised").hasSize(3);
		assertThat(((Map<?, ?>) steps.get(0).get("from")).get("slug")).isEqualTo("reda-sirgediene");
		assertThat(((Map<?, ?>) steps.get(2).get("to")).get("slug")).isEqualTo("inl");
		for (int i = 0; i < steps.size() - 1; i++) {
			assertThat(((Map<?, ?>) steps.get(i).get("to")).get("id")).isEqualTo(((Map<?, ?>) steps.get(i + 1).get("from")).get("id"));
		}
		assertThat(steps.get(2).get("relationship")).isEqualTo("CO_ORGANISED_BY");
		assertThat(steps.get(2).get("reversed")).as("stated from the conference to INL, as walked").isEqualTo(false);
	}

	@Test
	void connectionsPassThroughPostsAndCountries() {
		ask("""
				{ connection(from: "arifa-fatikhova", to: "unodc") { relationship to { __typename } } }""", 0)
			.path("connection[*].relationship")
			.entityList(String.class)
			.containsExactly("HELD", "AT", "PART_OF");
		ask("""
				{ connection(from: "lithuanian-police", to: "LT", maxLength: 1) { relationship } }""", 0)
			.path("connection[*].relationship")
			.entityList(String.class)
			.containsExactly("BASED_IN");
	}

	@Test
	void noConnectionWithinTheLengthIsNull() {
		ask("""
				{ connection(from: "lithuanian-police", to: "unodc", maxLength: 1) { relationship } }""", 0)
			.path("connection")
			.valueIsNull();
	}

	@Test
	void connectionArgumentsThatNameNothingOrTooMuchAreRefused() {
		this.graphQl.document("{ connection(from: \"nobody\", to: \"unodc\") { relationship } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("'from'").contains("nobody")));
		this.graphQl.document("{ connection(from: \"unodc\", to: \"usaid\", maxLength: 11) { relationship } }")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "maxLength"));
		this.graphQl.document("{ connection(from: \"KZ\", to: \"kz\") { relationship } }")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "to"));
	}

	@Test
	void theTimelineOfKazakhstan() {
		GraphQlTester.Response response = ask("""
				{ country(code: "KZ") { timeline { date { iso } kind role status
				    subject { ... on Conference { slug } ... on Commitment { slug } ... on LegalInstrument { slug } ... on ActionPlan { slug } }
				    citations { quote } } } }""", 12);
		response.path("country.timeline[*].date.iso").entityList(String.class)
			.containsExactly("2021", "2021-11-26", "2022-07-28", "2023-05-11", "2023-07-27", "2023-07-27", "2023-07-27",
					"2023-07-27", "2024", "2024-07-05");
		response.path("country.timeline[*].kind").entityList(String.class)
			.containsExactly("ACTION_PLAN", "COMMITMENT_MADE", "CONFERENCE", "LAW_STATUS", "COMMITMENT_STATUS",
					"CONFERENCE", "CONFERENCE", "LAW_STATUS", "ACTION_PLAN", "LAW_STATUS");
		response.path("country.timeline[*].status").entityList(String.class)
			.contains("DRAFT", "UNDER_CONSIDERATION", "ADOPTED", "FULFILLED");
		response.path("country.timeline[?(@.kind =~ /COMMITMENT.*/)].role").entityList(String.class)
			.satisfies(roles -> assertThat(roles).isNotEmpty().containsOnly("NAMED_HOST"));
		response.path("country.timeline[?(@.kind == 'CONFERENCE')].role").entityList(String.class)
			.containsExactly("PARTICIPANT", "PARTICIPANT", "HOST");
	}

	@Test
	void theTimelineOfTheConferenceSeries() {
		GraphQlTester.Response response = ask("""
				{ conferenceSeries(slug: "central-asia-tip-conference") { timeline { date { iso } kind role status
				    subject { ... on Conference { slug } ... on Declaration { slug } ... on Commitment { slug } } citations { quote } } } }""", 24);
		response.path("conferenceSeries.timeline[0].kind").entity(String.class).isEqualTo("CONFERENCE");
		response.path("conferenceSeries.timeline[0].role").entity(String.class).isEqualTo("AGREED_AT");
		response.path("conferenceSeries.timeline[0].subject.slug").entity(String.class).isEqualTo("bukhara-2021");
		response.path("conferenceSeries.timeline[?(@.role == 'EDITION')].subject.slug").entityList(String.class)
			.containsExactly("tashkent-2022", "astana-2023");
		response.path("conferenceSeries.timeline[?(@.kind == 'DECLARATION')]").entityList(Object.class).hasSize(0);
		response.path("conferenceSeries.timeline[?(@.kind == 'COMMITMENT_MADE')].date.iso").entityList(String.class)
			.hasSize(6)
			.satisfies(dates -> assertThat(dates).containsOnly("2021-11-26"));
		response.path("conferenceSeries.timeline[?(@.status == 'FULFILLED')].subject.slug").entityList(String.class)
			.containsExactly("host-central-asia-tip-conference-2022", "host-central-asia-tip-conference-2023");
	}

	@Test
	void thePostsAndWordsOfAPersonInTheirTimeline() {
		ask("""
				{ person(slug: "kaliolla-seitenov") { timeline { date { iso } kind role subject { ... on Position { title } ... on Statement { slug } } } } }""", 0)
			.path("person.timeline[*].kind")
			.entityList(String.class)
			.containsExactly("POSITION", "POSITION", "STATEMENT")
			.path("person.timeline[*].date.iso")
			.entityList(String.class)
			.containsExactly("2022-07-22", "2023-07-27", "2023-07-27");
	}

}
