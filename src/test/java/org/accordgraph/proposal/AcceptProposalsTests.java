package org.accordgraph.proposal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator accepts the facts proposed from a document, with edits, as one change through the
 * write path, and rejects the wrong ones: what is accepted cites the document's exact words, what
 * is refused writes nothing and names the proposal, what is rejected is not offered again.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class AcceptProposalsTests {

	/** A news item the graph has never seen: a conference in Dushanbe, its co-organisers and delegations. */
	static final String DUSHANBE = "On 29 July 2025 the annual regional conference \"Partnerships against Trafficking"
			+ " in Persons in Central Asia\" opened in Dushanbe. The conference is co-organised by the Ministry of Internal"
			+ " Affairs of the Republic of Tajikistan and the United Nations Office on Drugs and Crime (UNODC). The"
			+ " conference brought together delegations from Kazakhstan, Kyrgyzstan, Turkmenistan and Uzbekistan.";

	static final String PROPOSE = """
			mutation($input: ProposeFactsInput!) {
			  proposeFacts(input: $input) {
			    batch { id withheld proposals { id kind quote fields duplicateOf matches { key proposedNew } } }
			    userErrors { field message code }
			  }
			}""";

	static final String ACCEPT = """
			mutation($input: AcceptProposalsInput!) {
			  acceptProposals(input: $input) {
			    source { slug text noUrl publishedOn { iso basis } }
			    created { __typename ... on Conference { slug } ... on Organisation { slug } }
			    userErrors { field message code }
			  }
			}""";

	static final String REJECT = """
			mutation($input: RejectProposalsInput!) {
			  rejectProposals(input: $input) { rejected userErrors { field message code } }
			}""";

	static final String CONFERENCE = """
			query($slug: String!) {
			  conference(slug: $slug) {
			    slug title city startDate { iso } version
			    coOrganisers { actor { ... on Organisation { slug name } } basis citations { quote verbatim source { slug } } }
			    participants { actor { ... on Country { code } } delegation citations { quote } }
			    citations { quote verbatim source { slug } }
			  }
			}""";

	static final String CHANGES = """
			query($by: String!) { changes(by: $by, first: 500) { operation entity } }""";

	static final String STATEMENTS = """
			query($filter: StatementFilter) {
			  statements(filter: $filter, first: 100) { edges { node { slug event { slug } citations { quote verbatim } } } }
			}""";

	static final String FUNDERS = """
			query($slug: String!) {
			  conference(slug: $slug) { startDate { iso basis } funders { actor { ... on Organisation { slug } } } }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aNewDocumentsConferenceCoOrganisersAndDelegationsEnterAsOneChangeCitingItsExactWords() {
		Batch batch = propose(DUSHANBE);
		List<String> chosen = batch.ids("EVENT", "CO_ORGANISER", "PARTICIPANT");
		GraphQlTester.Response accepted = accept(Map.of("batch", batch.id(), "proposals", chosen, "source",
				Map.of("publisher", "UNODC Regional Office for Central Asia", "publishedOn", Map.of("date", "2025-07-29",
						"basis", "INFERRED", "reasoning", "The page's date, under its title."))));
		accepted.path("acceptProposals.userErrors").entityList(Object.class).hasSize(0)
			.path("acceptProposals.source.slug").entity(String.class).isEqualTo("unodc-regional-office-for-central-asia-2025-07-29")
			.path("acceptProposals.source.text").entity(String.class).isEqualTo(DUSHANBE)
			.path("acceptProposals.source.noUrl").entity(String.class).isNotEqualTo(null)
			.path("acceptProposals.created[*].slug").entityList(String.class)
			.contains("dushanbe-2025", "ministry-of-internal-affairs-of-the-republic-of-tajikistan");

		GraphQlTester.Response conference = signedIn(this.graphQl, basic("carla")).document(CONFERENCE)
			.variable("slug", "dushanbe-2025")
			.execute();
		conference.path("conference.title").entity(String.class)
			.isEqualTo("Partnerships against Trafficking in Persons in Central Asia")
			.path("conference.startDate.iso").entity(String.class).isEqualTo("2025-07-29")
			.path("conference.coOrganisers[*].actor.slug").entityList(String.class)
			.satisfies(slugs -> assertThat(slugs).containsExactlyInAnyOrder("unodc",
					"ministry-of-internal-affairs-of-the-republic-of-tajikistan"))
			.path("conference.participants[*].actor.code").entityList(String.class)
			.satisfies(codes -> assertThat(codes).containsExactlyInAnyOrder("KZ", "KG", "TM", "UZ"))
			.path("conference.citations[0].quote").entity(String.class).isEqualTo(batch.quote("EVENT"))
			.path("conference.citations[0].verbatim").entity(Boolean.class).isEqualTo(true)
			.path("conference.coOrganisers[0].citations[0].quote").entity(String.class).isEqualTo(batch.quote("CO_ORGANISER"))
			.path("conference.coOrganisers[0].citations[0].source.slug").entity(String.class)
			.isEqualTo("unodc-regional-office-for-central-asia-2025-07-29");

		signedIn(this.graphQl, basic("carla")).document(CHANGES).variable("by", "carla").execute()
			.path("changes[?(@.operation == 'acceptProposals')].entity").entityList(String.class)
			.contains("Conference:dushanbe-2025", "Source:unodc-regional-office-for-central-asia-2025-07-29");

		accept(Map.of("batch", batch.id(), "proposals", chosen)).path("acceptProposals.userErrors[0].field")
			.entityList(String.class).containsExactly("input", "batch")
			.path("acceptProposals.userErrors[0].message").entity(String.class)
			.satisfies(message -> assertThat(message).contains("accepted already"));
	}

	@Test
	void aRelationshipToAConferenceTheGraphHoldsIsAddedToItAndItsVersionGrows() {
		String text = "On 27 July 2023 the international conference \"Strengthening National and International Partnerships"
				+ " to Combat Trafficking in Persons\" opened in Astana. The conference is co-organised by the"
				+ " International Organization for Migration (IOM).";
		int versionBefore = version("astana-2023");
		Batch batch = propose(text);
		assertThat(batch.proposal("EVENT").get("duplicateOf")).isEqualTo("astana-2023");

		accept(Map.of("batch", batch.id(), "proposals", batch.ids("EVENT"))).path("acceptProposals.userErrors[*].code")
			.entityList(String.class).containsExactly("DUPLICATE")
			.path("acceptProposals.userErrors[0].field").entityList(String.class).containsExactly("input", "proposals", "0");

		accept(Map.of("batch", batch.id(), "proposals", batch.ids("CO_ORGANISER"), "source",
				Map.of("slug", "iom-astana-2023-note", "title", "IOM at the Astana conference", "url",
						"https://example.org/iom-astana")))
			.path("acceptProposals.userErrors").entityList(Object.class).hasSize(0)
			.path("acceptProposals.created").entityList(Object.class).hasSize(0);
		GraphQlTester.Response astana = signedIn(this.graphQl, basic("carla")).document(CONFERENCE)
			.variable("slug", "astana-2023")
			.execute();
		astana.path("conference.version").entity(Integer.class).isEqualTo(versionBefore + 1)
			.path("conference.coOrganisers[?(@.actor.slug == 'iom')].citations[0].source.slug").entityList(String.class)
			.containsExactly("iom-astana-2023-note")
			.path("conference.coOrganisers[?(@.actor.slug == 'unodc')].citations[*].source.slug").entityList(String.class)
			.doesNotContain("iom-astana-2023-note");
	}

	@Test
	void aBadEditIsRefusedNamingTheEditsFieldAndNothingIsWrittenSoTheBatchCanBeAcceptedOnceCorrected() {
		Batch batch = propose(DUSHANBE);
		String event = batch.ids("EVENT").get(0);
		Map<String, Object> wrongDate = Map.of("conferences", List.of(Map.of("slug", "dushanbe-2025", "title",
				"Partnerships against Trafficking in Persons in Central Asia", "startDate", "2025-07-39", "city", "Dushanbe")));
		accept(Map.of("batch", batch.id(), "proposals", List.of(event), "edits",
				List.of(Map.of("proposal", event, "fields", wrongDate)), "source", Map.of("title", "Dushanbe conference")))
			.path("acceptProposals.userErrors[0].field").entityList(String.class)
			.containsExactly("input", "edits", "0", "fields", "conferences", "0", "startDate")
			.path("acceptProposals.userErrors[0].code").entity(String.class).isEqualTo("FORMAT")
			.path("acceptProposals.source").valueIsNull();
		signedIn(this.graphQl, basic("carla")).document(CONFERENCE).variable("slug", "dushanbe-2025").execute()
			.path("conference").valueIsNull();

		Map<String, Object> renamed = Map.of("conferences", List.of(Map.of("slug", "dushanbe-partnerships-2025", "title",
				"Partnerships against Trafficking in Persons in Central Asia", "startDate", "2025-07-29", "city", "Dushanbe")));
		accept(Map.of("batch", batch.id(), "proposals", List.of(event), "edits",
				List.of(Map.of("proposal", event, "fields", renamed)), "source", Map.of("title", "Dushanbe conference")))
			.path("acceptProposals.userErrors").entityList(Object.class).hasSize(0)
			.path("acceptProposals.created[*].slug").entityList(String.class).containsExactly("dushanbe-partnerships-2025");
	}

	@Test
	void anUnknownBatchOrProposalAndAStrangersRequestAreRefusedWritingNothing() {
		accept(Map.of("batch", "no-such-batch", "proposals", List.of("x"))).path("acceptProposals.userErrors[0].field")
			.entityList(String.class).containsExactly("input", "batch")
			.path("acceptProposals.userErrors[0].code").entity(String.class).isEqualTo("UNKNOWN_REFERENCE");
		Batch batch = propose(DUSHANBE);
		accept(Map.of("batch", batch.id(), "proposals", List.of(batch.ids("EVENT").get(0), "not-a-proposal")))
			.path("acceptProposals.userErrors[0].field").entityList(String.class).containsExactly("input", "proposals", "1")
			.path("acceptProposals.userErrors[0].code").entity(String.class).isEqualTo("UNKNOWN_REFERENCE");
		accept(Map.of("batch", batch.id(), "proposals", List.of())).path("acceptProposals.userErrors[0].code")
			.entity(String.class).isEqualTo("REQUIRED");
		signedIn(this.graphQl, basic("rita")).document(ACCEPT)
			.variable("input", Map.of("batch", batch.id(), "proposals", batch.ids("EVENT")))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		signedIn(this.graphQl, basic("carla")).document(CONFERENCE).variable("slug", "dushanbe-2025").execute()
			.path("conference").valueIsNull();
	}

	@Test
	void aRejectedProposalIsNotOfferedAgainForTheSameDocument() {
		Batch batch = propose(DUSHANBE);
		String wrong = batch.ids("CO_ORGANISER").stream()
			.filter(id -> batch.proposals().stream().anyMatch(p -> p.get("id").equals(id)
					&& p.get("quote").toString().contains("Ministry") && p.get("fields").toString().contains("ministry")))
			.findFirst()
			.orElseThrow();
		signedIn(this.graphQl, basic("carla")).document(REJECT)
			.variable("input", Map.of("batch", batch.id(), "proposals", List.of(wrong), "reason", "Read as one name"))
			.execute()
			.path("rejectProposals.rejected").entityList(String.class).containsExactly(wrong);

		Batch again = propose(DUSHANBE);
		assertThat(again.proposals()).extracting(p -> p.get("id")).doesNotContain(wrong)
			.containsAll(batch.proposals().stream().map(p -> p.get("id")).filter(id -> !id.equals(wrong)).toList());
		assertThat(again.withheld()).isEqualTo(1);

		signedIn(this.graphQl, basic("carla")).document(REJECT)
			.variable("input", Map.of("batch", "no-such-batch", "proposals", List.of(wrong)))
			.execute()
			.path("rejectProposals.userErrors[0].field").entityList(String.class).containsExactly("input", "batch");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theManualsExampleAcceptsWhatItShows() throws IOException {
		Path examples = Path.of("src/test/resources/graphql-test/proposal");
		JsonMapper json = JsonMapper.builder().build();
		Map<String, Object> proposing = json.readValue(examples.resolve("p01-propose-facts.json").toFile(), Map.class);
		GraphQlTester.Response proposed = signedIn(this.graphQl, basic("carla"))
			.document(Files.readString(examples.resolve("p01-propose-facts.graphql")).replace("proposals {", "proposals { id"))
			.variable("input", proposing.get("input"))
			.execute();
		String batch = proposed.path("proposeFacts.batch.id").entity(String.class).get();
		List<String> ids = proposed.path("proposeFacts.batch.proposals[*].id").entityList(String.class).get();
		Map<String, Object> accepting = json.readValue(examples.resolve("p02-accept-proposals.json").toFile(), Map.class);
		Map<String, Object> input = new HashMap<>((Map<String, Object>) accepting.get("input"));
		assertThat((List<String>) input.get("proposals")).as("the manual's ids are those the example proposes").isSubsetOf(ids);
		input.put("batch", batch);
		signedIn(this.graphQl, basic("carla")).document(Files.readString(examples.resolve("p02-accept-proposals.graphql")))
			.variable("input", input)
			.execute()
			.path("acceptProposals.userErrors").entityList(Object.class).hasSize(0)
			.path("acceptProposals.source.slug").entity(String.class).isEqualTo("unodc-regional-office-for-central-asia-2025-07-29")
			.path("acceptProposals.source.publishedOn.basis").entity(String.class).isEqualTo("INFERRED")
			.path("acceptProposals.created[*].slug").entityList(String.class)
			.containsExactly("tajikistan-ministry-of-internal-affairs", "dushanbe-2025");
	}

	@Test
	void aWholeNewsItemIsAcceptedItsStatementsAndUndertakingsMatchedToThePeopleTheGraphHolds() throws IOException {
		String text = new ClassPathResource("proposal/en-dushanbe-2025.txt").getContentAsString(StandardCharsets.UTF_8);
		Batch batch = propose(text);
		List<String> fresh = batch.proposals().stream()
			.filter(p -> p.get("duplicateOf") == null)
			.map(p -> (String) p.get("id"))
			.toList();
		accept(Map.of("batch", batch.id(), "proposals", fresh, "source", Map.of("title", "Dushanbe conference, 2025")))
			.path("acceptProposals.userErrors").entityList(Object.class).hasSize(0)
			.path("acceptProposals.created[*].__typename").entityList(String.class)
			.contains("Conference", "Statement", "Commitment");
		signedIn(this.graphQl, basic("carla")).document(STATEMENTS)
			.variable("filter", Map.of("speaker", "ashita-mittal", "event", "dushanbe-2025"))
			.execute()
			.path("statements.edges[*].node.citations[0].verbatim").entityList(Boolean.class).containsExactly(true);
	}

	@Test
	void aRussianNewsItemIsAcceptedWithTheCuratorsChoiceOfTheGraphsOwnFunderAndItsDayStated() throws IOException {
		String text = new ClassPathResource("proposal/ru-almaty-2024.txt").getContentAsString(StandardCharsets.UTF_8);
		Batch batch = propose(text);
		Map<String, Object> funder = batch.proposal("FUNDER");
		List<String> ids = batch.proposals().stream().map(p -> (String) p.get("id")).toList();
		Map<String, Object> theGraphsInl = Map.of("conferences", List.of(Map.of("slug", "almaty-2024", "funders",
				List.of(Map.of("actor", "inl")))));
		accept(Map.of("batch", batch.id(), "proposals", ids, "source", Map.of("title", "Конференция в Алматы"), "edits",
				List.of(Map.of("proposal", funder.get("id"), "fields", theGraphsInl))))
			.path("acceptProposals.userErrors").entityList(Object.class).hasSize(0);
		signedIn(this.graphQl, basic("carla")).document(CONFERENCE).variable("slug", "almaty-2024").execute()
			.path("conference.startDate.iso").entity(String.class).isEqualTo("2024-09-18");
		signedIn(this.graphQl, basic("carla")).document(FUNDERS).variable("slug", "almaty-2024").execute()
			.path("conference.funders[*].actor.slug").entityList(String.class).containsExactly("inl")
			.path("conference.startDate.basis").entity(String.class).isEqualTo("STATED");
	}

	@Test
	void twoCuratorsAcceptingOneBatchAtOnceMakeOneChangeAndOneRefusal() {
		Batch batch = propose(DUSHANBE);
		Map<String, Object> input = Map.of("batch", batch.id(), "proposals", batch.ids("EVENT"), "source",
				Map.of("title", "Dushanbe conference"));
		List<CompletableFuture<List<Map<String, Object>>>> both = List.of(1, 2).stream()
			.map(i -> CompletableFuture.supplyAsync(() -> accept(input).path("acceptProposals.userErrors")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get()))
			.toList();
		List<List<Map<String, Object>>> errors = both.stream().map(CompletableFuture::join).toList();
		assertThat(errors).filteredOn(List::isEmpty).hasSize(1);
		assertThat(errors).filteredOn(e -> !e.isEmpty()).singleElement()
			.satisfies(refused -> assertThat(refused.get(0).get("message").toString()).contains("accepted already"));
		assertThat(this.neo4j.query("MATCH (b:ProposalBatch {id: $id}) RETURN b.acceptedBy").bind(batch.id()).to("id")
			.fetchAs(String.class).one()).hasValue("carla");
	}

	private int version(String conference) {
		return signedIn(this.graphQl, basic("carla")).document(CONFERENCE).variable("slug", conference).execute()
			.path("conference.version").entity(Integer.class).get();
	}

	private GraphQlTester.Response accept(Map<String, Object> input) {
		GraphQlTester.Response response = signedIn(this.graphQl, basic("carla")).document(ACCEPT)
			.variable("input", input)
			.execute();
		response.errors().verify();
		return response;
	}

	private Batch propose(String text) {
		GraphQlTester.Response response = signedIn(this.graphQl, basic("carla")).document(PROPOSE)
			.variable("input", Map.of("text", text))
			.execute();
		response.errors().verify().path("proposeFacts.userErrors").entityList(Object.class).hasSize(0);
		return new Batch(response.path("proposeFacts.batch.id").entity(String.class).get(),
				response.path("proposeFacts.batch.withheld").entity(Integer.class).get(),
				response.path("proposeFacts.batch.proposals").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				}).get());
	}

	record Batch(String id, int withheld, List<Map<String, Object>> proposals) {

		List<String> ids(String... kinds) {
			return this.proposals.stream()
				.filter(p -> List.of(kinds).contains(p.get("kind")))
				.map(p -> (String) p.get("id"))
				.toList();
		}

		Map<String, Object> proposal(String kind) {
			return this.proposals.stream().filter(p -> kind.equals(p.get("kind"))).findFirst().orElseThrow();
		}

		String quote(String kind) {
			return (String) proposal(kind).get("quote");
		}

	}

}
