package org.accordgraph.dataset;

import java.util.List;
import java.util.Map;

import org.accordgraph.dataset.DatasetMapper.Document;
import org.junit.jupiter.api.Test;
import org.accordgraph.evidence.GraphPlan;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What the mapper refuses, and how it says so: file, record and field. */
class DatasetMapperTests {

	private static final String SOURCE = """
			sources:
			  - slug: gazette
			    title: Gazette
			    noUrl: A test source, held in the test.
			    text: gazette.txt
			    citations:
			      kz: "Kazakhstan is a country."
			  - slug: summary
			    title: Summary
			    url: https://summary.example/
			    citations:
			      kz: "Kazakhstan is in Central Asia."
			""";

	private static final Map<String, String> TEXTS = Map.of("gazette", "Kazakhstan is a  country.\n");

	private static GraphPlan map(String yaml) {
		Dataset dataset = dataset(SOURCE + yaml);
		return DatasetMapper.map(List.of(new Document("test.yaml", dataset)), TEXTS);
	}

	@SuppressWarnings("unchecked")
	private static Dataset dataset(String yaml) {
		return DatasetReader.fromMaps("test.yaml", YAMLMapper.builder().build().readValue(yaml, Map.class));
	}

	private static List<String> problems(String yaml) {
		return assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> map(yaml)).actual().problems();
	}

	@Test
	void aSoundDatasetBecomesNodesAndRelationships() {
		GraphPlan plan = map("""
				countries:
				  - {code: KZ, name: Kazakhstan, names: {ru: Казахстан}, cite: [gazette#kz, summary#kz]}
				""");
		assertThat(plan.nodes()).extracting(GraphPlan.NodeRow::label)
			.containsExactly("Source", "Citation", "Source", "Citation", "Country");
		assertThat(plan.nodes().get(1).properties()).containsEntry("quote", "Kazakhstan is a  country.")
			.containsEntry("verbatim", true)
			.containsEntry("paragraph", 1);
		assertThat(plan.nodes().get(3).properties()).containsEntry("verbatim", false);
		assertThat(plan.nodes().get(4).properties()).containsEntry("name_ru", "Казахстан")
			.containsEntry("citations", List.of("gazette#kz", "summary#kz"));
	}

	@Test
	void aQuoteNotInTheSourceTextIsRefused() {
		Dataset dataset = dataset("""
				sources:
				  - slug: gazette
				    title: Gazette
				    noUrl: A test source, held in the test.
				    text: gazette.txt
				    citations:
				      kz: "Kazakhstan is a big country."
				""");
		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> DatasetMapper.map(List.of(new Document("test.yaml", dataset)), TEXTS))
			.satisfies(ex -> assertThat(ex.problems()).containsExactly(
					"test.yaml sources[0] (gazette).citations.kz: does not occur in the text of gazette: \"Kazakhstan is a big country.\""));
	}

	@Test
	void everyProblemIsReportedWithFileRecordAndField() {
		assertThat(problems("""
				countries:
				  - {code: kz, name: Kazakhstan, cite: [gazette#kz]}
				  - {code: UZ, name: Uzbekistan}
				organisations:
				  - {slug: Bad Slug, name: X, kind: GOVERNMENT_BODY, cite: [gazette#kz]}
				  - {slug: body, name: Body, kind: MINISTRY, cite: [gazette#nothing]}
				  - {slug: body, name: Body again, kind: NGO, cite: [gazette#kz], basedIn: {country: FR, cite: [gazette#kz]}}
				""")).containsExactly(
				"test.yaml countries[0] (kz).code: must be an ISO 3166-1 alpha-2 code in capitals, not 'kz'",
				"test.yaml organisations[0] (Bad Slug).slug: 'Bad Slug' is not a slug (lower-case letters and digits joined by hyphens)",
				"test.yaml organisations[2] (body).slug: 'body' is already the key of another record (Organisation)",
				"test.yaml countries[1] (UZ).cite: a fact needs at least one citation, or else to be marked unsourced",
				"test.yaml organisations[1] (body).kind: 'MINISTRY' is not one of [UN_AGENCY, UN_PRINCIPAL_ORGAN, INTERNATIONAL_ORGANISATION, GOVERNMENT_BODY, PARLIAMENT, COURT, LAW_ENFORCEMENT, ACADEMY, DIPLOMATIC_MISSION, DONOR_AGENCY, IMPLEMENTING_PARTNER, NGO, DELEGATES]",
				"test.yaml organisations[1] (body).cite: 'gazette#nothing' is not a citation of any source (expected \"<source>#<citation>\")",
				"test.yaml organisations[2] (body).basedIn: 'FR' is not a known Country",
				"test.yaml sources[1] (summary).citations.kz: is never cited: cite it from a fact or remove it");
	}

	@Test
	void aKindTheApiAlwaysAnswersIsRequired() {
		assertThat(problems("""
				countries:
				  - {code: KZ, name: Kazakhstan, cite: [gazette#kz, summary#kz]}
				organisations:
				  - {slug: body, name: Body, cite: [gazette#kz]}
				actionPlans:
				  - {slug: plan, title: Plan, cite: [gazette#kz]}
				legalInstruments:
				  - {slug: law, title: Law, cite: [gazette#kz]}
				commitments:
				  - {slug: pledge, text: To act., parties: [{actor: KZ, cite: [gazette#kz]}], cite: [gazette#kz]}
				""")).containsExactly("test.yaml organisations[0] (body).kind: is missing",
				"test.yaml actionPlans[0] (plan).scope: is missing", "test.yaml legalInstruments[0] (law).kind: is missing",
				"test.yaml commitments[0] (pledge).kind: is missing");
	}

	@Test
	void aDirectStatementMustBeTheSpeakersWordsAsQuoted() {
		assertThat(problems("""
				people:
				  - {slug: speaker, name: Speaker, cite: [gazette#kz]}
				statements:
				  - {slug: said, speaker: speaker, direct: true, text: "Kazakhstan is a small country.", cite: [gazette#kz]}
				"""))
			.containsExactly("test.yaml statements[0] (said).text: a direct statement must occur word for word in one of its verbatim citations",
					"test.yaml sources[1] (summary).citations.kz: is never cited: cite it from a fact or remove it");
	}

	@Test
	void aFactThatIsNotStatedNeedsItsReasoning() {
		assertThat(problems("""
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
				""")).containsExactly(
				"test.yaml countries[0] (KZ).reasoning: an INFERRED fact needs the curator's reasoning",
				"test.yaml countries[1] (UZ).basis: 'GUESSED' is not one of [STATED, INFERRED, ASSUMED]",
				"test.yaml countries[2] (TJ).reasoning: a STATED fact is said by its citations; reasoning is for INFERRED or ASSUMED ones",
				"test.yaml organisations[0] (body).basedIn.reasoning: an ASSUMED fact needs the curator's reasoning",
				"test.yaml organisations[0] (body).basedIn.restsOn: 'nowhere' is not the key of a fact the graph holds as a node",
				"test.yaml organisations[0] (body).basedIn.restsOn: only an INFERRED fact rests on others");
	}

	@Test
	void aStatedDateIsNoMoreExactNorMoreCertainThanItsCitations() {
		Dataset dataset = dataset("""
				sources:
				  - slug: notes
				    url: https://notes.example/
				    publisher: Notes
				    citations:
				      appointed: "She was appointed in November 2022 and served until 20 January 2025."
				      since: "He has led it since at least April 2013."
				people:
				  - slug: envoy
				    name: Envoy
				    cite: [notes#appointed, notes#since]
				    positions:
				      - {slug: envoy-post, title: Envoy, from: 2022-11-01, until: 2025-01-20, cite: [notes#appointed]}
				      - {slug: envoy-post-month, title: Envoy, from: 2022-11, until: 2025-01, cite: [notes#appointed]}
				      - {slug: head, title: Head, from: 2013-04, cite: [notes#since]}
				      - {slug: head-hedged, title: Head, from: {date: 2013-04, approximate: true, text: since at least April 2013}, cite: [notes#since]}
				      - {slug: head-assumed, title: Head, from: {date: 2013-04-01, basis: ASSUMED, reasoning: "The first of the month, by convention."}, cite: [notes#since]}
				      - {slug: head-bad, title: Head, from: 2013-13, cite: [notes#since]}
				""");
		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> DatasetMapper.map(List.of(new Document("people.yaml", dataset)), Map.of()))
			.satisfies(ex -> assertThat(ex.problems()).containsExactly(
					"people.yaml people[0] (envoy).positions[0].from: no citation of the fact names 2022-11-01 (day): make it as exact as they are, or mark it INFERRED or ASSUMED with reasoning",
					"people.yaml people[0] (envoy).positions[2].from: its citation hedges 2013-04 (\"about\", \"around\", \"at least\"): set approximate",
					"people.yaml people[0] (envoy).positions[5].from: '2013-13' is not a date such as 2024-07-05, 2022-11 or 2013"));
	}

	@Test
	void aSourceSaysWhereItCanBeReadAndEveryPassageIsCited() {
		Dataset dataset = dataset("""
				sources:
				  - slug: rumour
				    publisher: Somebody
				    citations:
				      said: "Somebody said so."
				      unused: "Nobody cites this."
				  - slug: trap
				    publisher: Somebody else
				    url: "javascript:alert(1)"
				    citations:
				      said: "Somebody else said so."
				countries:
				  - {code: KZ, name: Kazakhstan, cite: [rumour#said, trap#said]}
				""");
		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> DatasetMapper.map(List.of(new Document("test.yaml", dataset)), Map.of()))
			.satisfies(ex -> assertThat(ex.problems()).containsExactly(
					"test.yaml sources[0] (rumour).url: give the source's address, or else say in `noUrl` why none is known",
					"test.yaml sources[1] (trap).url: must be a web address starting with http:// or https://",
					"test.yaml sources[0] (rumour).citations.unused: is never cited: cite it from a fact or remove it"));
	}

}
