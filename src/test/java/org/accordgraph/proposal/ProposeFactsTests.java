package org.accordgraph.proposal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator proposes the facts of a document: the bundled press release, whose facts the graph
 * already holds (so each proposal says which it repeats), and documents the graph has never seen.
 */
@AccordGraphTest
class ProposeFactsTests {

	static final String PROPOSE = """
			mutation($input: ProposeFactsInput!) {
			  proposeFacts(input: $input) {
			    batch { id language text proposals { id kind quote start end fields basis reasoning confidence duplicateOf
			                                         matches { field words label key score proposedNew node { id } } } }
			    userErrors { field message code }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	static String pressRelease() throws IOException {
		return new ClassPathResource("data/sources/unodc-press-release-astana-2023.txt").getContentAsString(StandardCharsets.UTF_8);
	}

	List<Map<String, Object>> propose(Map<String, Object> input) {
		return propose(PROPOSE, input);
	}

	/** The proposals the document answers for the input, with no error and no user error. */
	List<Map<String, Object>> propose(String document, Object input) {
		return signedIn(this.graphQl, basic("carla")).document(document)
			.variable("input", input)
			.execute()
			.errors()
			.verify()
			.path("proposeFacts.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("proposeFacts.batch.proposals")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@Test
	void everyProposalQuotesTheDocumentsExactWordsAtItsOffsets() throws IOException {
		String text = pressRelease();
		List<Map<String, Object>> proposals = propose(Map.of("text", text, "source", "unodc-press-release-astana-2023"));
		assertThat(proposals).isNotEmpty().allSatisfy(proposal -> assertThat(
				text.substring((Integer) proposal.get("start"), (Integer) proposal.get("end")))
			.isEqualTo(proposal.get("quote")));
	}

	@Test
	void thePressReleasesFactsAreProposedAsTheOnesTheGraphHolds() throws IOException {
		List<Map<String, Object>> proposals = propose(Map.of("text", pressRelease()));
		assertThat(duplicates(proposals, "EVENT")).contains("astana-2023", "bukhara-2021");
		assertThat(duplicates(proposals, "CO_ORGANISER")).containsExactlyInAnyOrder(
				"astana-2023/coOrganisers/kazakhstan-law-enforcement-academy", "astana-2023/coOrganisers/unodc",
				"astana-2023/coOrganisers/usaid", "astana-2023/coOrganisers/safe-migration-in-central-asia",
				"astana-2023/coOrganisers/inl");
		assertThat(duplicates(proposals, "PARTICIPANT")).containsExactlyInAnyOrder("astana-2023/participants/KZ",
				"astana-2023/participants/KG", "astana-2023/participants/TJ", "astana-2023/participants/TM",
				"astana-2023/participants/UZ");
		assertThat(duplicates(proposals, "STATEMENT")).contains("ashita-mittal-astana-2023", "kaliolla-seitenov-astana-2023",
				"daniel-rosenblum-astana-2023", "rodney-ferguson-astana-2023", "reda-sirgediene-astana-2023");
		assertThat(duplicates(proposals, "UNDERTAKING")).containsExactlyInAnyOrder("host-central-asia-tip-conference-2022",
				"host-central-asia-tip-conference-2023", "host-central-asia-tip-conference-2024",
				"host-central-asia-tip-conference-2025", "host-central-asia-tip-conference-2026", "bukhara-annual-conferences");
	}

	@Test
	void aDayWithoutAYearTakesTheDocumentsYearAndSaysSo() {
		String text = "On 30 July a regional forum on \"Safe Migration and Partnership\" opened in Bishkek.";
		List<Map<String, Object>> proposals = propose(Map.of("text", text, "publishedOn", "2025-07-31"));
		Map<String, Object> event = proposals.stream().filter(p -> "EVENT".equals(p.get("kind"))).findFirst().orElseThrow();
		assertThat(event.get("basis")).isEqualTo("INFERRED");
		assertThat((Map<String, Object>) ((List<Map<String, Object>>) ((Map<String, Object>) event.get("fields"))
			.get("conferences")).get(0)).containsEntry("city", "Bishkek")
			.containsEntry("title", "Safe Migration and Partnership")
			.containsEntry("startDate", Map.of("date", "2025-07-30", "text", "30 July", "basis", "INFERRED", "reasoning",
					"The document gives no year here; 2025 is the year of the sentences before it, or else of the document's date."));
	}

	@Test
	void aRussianDocumentMeetsTheGraphsNamesInflected() {
		String text = """
				27 июля 2025 года в Бишкеке открылась региональная конференция «Партнёрство против торговли людьми». \
				Конференцию организовало Управление Организации Объединенных Наций по наркотикам и преступности. \
				В конференции приняли участие представители Казахстана, Кыргызстана, Таджикистана и Узбекистана.""";
		List<Map<String, Object>> proposals = signedIn(this.graphQl, basic("carla")).document(PROPOSE)
			.variable("input", Map.of("text", text))
			.execute()
			.path("proposeFacts.batch.language")
			.entity(String.class)
			.isEqualTo("ru")
			.path("proposeFacts.batch.proposals")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(kinds(proposals)).contains("EVENT", "CO_ORGANISER", "PARTICIPANT");
		assertThat(matched(proposals, "CO_ORGANISER")).containsExactly("unodc");
		assertThat(matched(proposals, "PARTICIPANT")).containsExactlyInAnyOrder("KZ", "KG", "TJ", "UZ");
	}

	@Test
	void theManualsExampleProposesWhatItShows() throws IOException {
		Path example = Path.of("src/test/resources/graphql-test/proposal");
		Map<String, Object> variables = JsonMapper.builder().build()
			.readValue(example.resolve("p01-propose-facts.json").toFile(), Map.class);
		String text = (String) ((Map<String, Object>) variables.get("input")).get("text");
		List<Map<String, Object>> proposals = propose(Files.readString(example.resolve("p01-propose-facts.graphql")),
				variables.get("input"));
		assertThat(kinds(proposals)).containsExactly("EVENT", "CO_ORGANISER", "CO_ORGANISER", "PARTICIPANT", "PARTICIPANT",
				"PARTICIPANT", "PARTICIPANT");
		assertThat(matched(proposals, "CO_ORGANISER")).containsExactlyInAnyOrder("unodc",
				"ministry-of-internal-affairs-of-the-republic-of-tajikistan");
		assertThat(matched(proposals, "PARTICIPANT")).containsExactly("KZ", "KG", "TM", "UZ");
		assertThat(proposals).allSatisfy(proposal -> assertThat(
				text.substring((Integer) proposal.get("start"), (Integer) proposal.get("end"))).isEqualTo(proposal.get("quote")));
	}

	@Test
	void lawsPlansFiguresPostsAndAcronymsAreProposed() {
		String text = String.join("\n", "On 5 July 2024 the President of Kyrgyzstan signed the Law \"On Combating Trafficking in Persons\".",
				"In 2023 the police of Kyrgyzstan identified 120 victims of trafficking, compared to about 95 victims in 2022.",
				"Kyrgyzstan adopted its National Action Plan against trafficking in persons for 2025-2028.",
				"Ashita Mittal, Head of the UNODC Programme Office in Kyrgyzstan, opened the meeting.",
				"The Law Enforcement Academy under the Office of the Prosecutor General of the Republic of Kazakhstan (LEA) hosted"
						+ " a training.");
		List<Map<String, Object>> proposals = propose(Map.of("text", text));
		assertThat(fields(proposals, "INSTRUMENT")).containsExactlyInAnyOrder(
				Map.of("legalInstruments", List.of(Map.of("slug", "kg-law-on-combating-trafficking-in-persons", "title",
						"On Combating Trafficking in Persons", "kind", "LAW", "jurisdiction", Map.of("country", "KG"),
						"statusHistory", List.of(Map.of("status", "ADOPTED", "date", "2024-07-05"))))),
				Map.of("actionPlans", List.of(Map.of("slug", "kg-action-plan-2025-2028", "title",
						"National Action Plan against trafficking in persons for 2025-2028", "scope", "NATIONAL", "periodStart", 2025,
						"periodEnd", 2028, "country", Map.of("country", "KG")))));
		assertThat(fields(proposals, "FIGURE")).extracting(f -> ((List<Map<String, Object>>) f.get("statistics")).get(0))
			.extracting(s -> s.get("value") + " " + s.get("unit") + " " + s.get("year") + " " + s.get("qualifier"))
			.containsExactly("120 PERSONS 2023 null", "95 PERSONS 2022 about 95 victims");
		assertThat(fields(proposals, "POST")).singleElement().satisfies(post -> assertThat(post.toString())
			.contains("ashita-mittal", "Head of the UNODC Programme Office in Kyrgyzstan"));
		assertThat(fields(proposals, "ALIAS")).containsExactly(Map.of("organisations",
				List.of(Map.of("slug", "kazakhstan-law-enforcement-academy", "acronym", "LEA"))));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> fields(List<Map<String, Object>> proposals, String kind) {
		return proposals.stream()
			.filter(proposal -> kind.equals(proposal.get("kind")))
			.map(proposal -> (Map<String, Object>) proposal.get("fields"))
			.toList();
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		assertRefused(Map.of("text", "   "), "text", "REQUIRED");
		assertRefused(Map.of("text", "x".repeat(100_001)), "text", "FORMAT");
		assertRefused(Map.of("text", "Le texte.", "language", "fr"), "language", "NOT_IN_LIST");
	}

	@Test
	void onlyCuratorsProposeFacts() {
		this.graphQl.document(PROPOSE)
			.variable("input", Map.of("text", "A conference was held."))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
	}

	private void assertRefused(Map<String, Object> input, String field, String code) {
		signedIn(this.graphQl, basic("carla")).document(PROPOSE)
			.variable("input", input)
			.execute()
			.path("proposeFacts.batch")
			.valueIsNull()
			.path("proposeFacts.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input", field)
			.path("proposeFacts.userErrors[0].code")
			.entity(String.class)
			.isEqualTo(code);
	}

	private static List<Object> kinds(List<Map<String, Object>> proposals) {
		return proposals.stream().map(proposal -> proposal.get("kind")).toList();
	}

	private static List<Object> matched(List<Map<String, Object>> proposals, String kind) {
		return proposals.stream()
			.filter(proposal -> kind.equals(proposal.get("kind")))
			.flatMap(proposal -> ((List<Map<String, Object>>) proposal.get("matches")).stream())
			.map(match -> match.get("key"))
			.toList();
	}

	private static List<Object> duplicates(List<Map<String, Object>> proposals, String kind) {
		return proposals.stream()
			.filter(proposal -> kind.equals(proposal.get("kind")) && proposal.get("duplicateOf") != null)
			.map(proposal -> proposal.get("duplicateOf"))
			.toList();
	}

}
