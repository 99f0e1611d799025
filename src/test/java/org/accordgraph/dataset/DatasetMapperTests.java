package org.accordgraph.dataset;

import java.util.List;
import java.util.Map;

import org.accordgraph.dataset.DatasetMapper.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What the mapper refuses, and how it says so: file, record and field. */
class DatasetMapperTests {

	private static final String SOURCE = """
			sources:
			  - slug: gazette
			    title: Gazette
			    text: gazette.txt
			    citations:
			      kz: "Kazakhstan is a country."
			  - slug: summary
			    title: Summary
			    citations:
			      kz: "Kazakhstan is in Central Asia."
			""";

	private static final Map<String, String> TEXTS = Map.of("gazette", "Kazakhstan is a  country.\n");

	private static GraphPlan map(String yaml) {
		Dataset dataset = YAMLMapper.builder().build().readValue(SOURCE + yaml, Dataset.class);
		return DatasetMapper.map(List.of(new Document("test.yaml", dataset)), TEXTS);
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
		Dataset dataset = YAMLMapper.builder().build().readValue("""
				sources:
				  - slug: gazette
				    title: Gazette
				    text: gazette.txt
				    citations:
				      kz: "Kazakhstan is a big country."
				""", Dataset.class);
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
				"test.yaml countries[1] (UZ).cite: a fact needs at least one citation",
				"test.yaml organisations[1] (body).kind: 'MINISTRY' is not one of [UN_AGENCY, INTERNATIONAL_ORGANISATION, GOVERNMENT_BODY, PARLIAMENT, COURT, LAW_ENFORCEMENT, ACADEMY, DIPLOMATIC_MISSION, DONOR_AGENCY, IMPLEMENTING_PARTNER, NGO]",
				"test.yaml organisations[1] (body).cite: 'gazette#nothing' is not a citation of any source (expected \"<source>#<citation>\")",
				"test.yaml organisations[2] (body).basedIn: 'FR' is not a known Country");
	}

	@Test
	void aDirectStatementMustBeTheSpeakersWordsAsQuoted() {
		assertThat(problems("""
				people:
				  - {slug: speaker, name: Speaker, cite: [gazette#kz]}
				statements:
				  - {slug: said, speaker: speaker, direct: true, text: "Kazakhstan is a small country.", cite: [gazette#kz]}
				"""))
			.containsExactly("test.yaml statements[0] (said).text: a direct statement must occur word for word in one of its verbatim citations");
	}

}
