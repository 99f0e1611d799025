package org.accordgraph.format;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.accordgraph.ApiAssertions.GAZETTE_TEXT;
import static org.accordgraph.ApiAssertions.TEST_SOURCES;
import static org.accordgraph.ApiAssertions.sections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A dataset mapped whole: the plan it becomes, and every problem reported with its file, record
 * and field. The rules of each section are tested beside it ({@code evidence/MappingTests},
 * {@code evidence/SourceSectionTests}, {@code event/StatementSectionTests}).
 */
class DatasetMapperTests {

	private static final Map<String, String> TEXTS = Map.of("gazette", GAZETTE_TEXT);

	private static GraphPlan map(String yaml) {
		Dataset dataset = dataset(TEST_SOURCES + yaml);
		return new DatasetMapper(sections()).map(List.of(new Document("test.yaml", dataset)), TEXTS);
	}

	@SuppressWarnings("unchecked")
	private static Dataset dataset(String yaml) {
		return new DatasetReader(sections()).fromMaps("test.yaml",
				YAMLMapper.builder().build().readValue(yaml, Map.class));
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
		assertThat(plan.nodes()).extracting(row -> row.label().name())
			.containsExactly("Source", "Citation", "Source", "Citation", "Country");
		assertThat(plan.nodes().get(1).properties()).containsEntry("quote", "Kazakhstan is a  country.")
			.containsEntry("verbatim", true)
			.containsEntry("paragraph", 1);
		assertThat(plan.nodes().get(3).properties()).containsEntry("verbatim", false);
		assertThat(plan.nodes().get(4).properties()).containsEntry("name_ru", "Казахстан")
			.containsEntry("citations", List.of("gazette#kz", "summary#kz"));
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

}
