package org.accordgraph.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions;
import org.accordgraph.format.Sections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** Full-text search through the API, over the bundled data. */
@AccordGraphTest
class SearchTests {

	private static final String SEARCH = """
			query($text: String!, $types: [SearchType!], $first: Int) {
			  search(text: $text, types: $types, first: $first) {
			    score type field passage matches { start end }
			    node { __typename id ... on Country { code } ... on Organisation { slug } ... on Source { slug } }
			    citation { quote }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Sections sections;

	@Test
	void everyTypeSearchFindsIsALabelTheIndexCovers() {
		List<String> indexed = ApiAssertions.searchIndexLabels(this.neo4j);
		assertThat(Arrays.stream(SearchType.values()).map(SearchType::label))
			.containsExactlyInAnyOrderElementsOf(indexed)
			.allSatisfy(label -> assertThat(this.sections.label(label).name()).isEqualTo(label));
	}

	private GraphQlTester.Response search(String text, List<String> types, Integer first) {
		GraphQlTester.Response response = this.graphQl.document(SEARCH)
			.variable("text", text)
			.variable("types", types)
			.variable("first", first)
			.execute();
		response.errors().verify();
		return response;
	}

	private static Object node(Map<String, Object> hit, String field) {
		return ((Map<?, ?>) hit.get("node")).get(field);
	}

	private static List<Map<String, Object>> hits(GraphQlTester.Response response) {
		return response.path("search").entityList(Object.class).get().stream().map(hit -> (Map<String, Object>) hit).toList();
	}

	@Test
	void findsAnOrganisationByNameFirstAndHighlightsTheWords() {
		List<Map<String, Object>> hits = hits(search("Winrock International", List.of("ORGANISATION"), 5));
		assertThat(hits).isNotEmpty();
		Map<String, Object> first = hits.get(0);
		assertThat(first.get("type")).isEqualTo("ORGANISATION");
		assertThat(((Map<?, ?>) first.get("node")).get("slug")).isEqualTo("winrock-international");
		assertThat(first.get("passage")).isEqualTo("Winrock International");
		assertThat(first.get("matches")).isEqualTo(List.of(Map.of("start", 0, "end", 7), Map.of("start", 8, "end", 21)));
	}

	@Test
	void findsCountriesAndOrganisationsByTheirRussianNames() {
		List<Map<String, Object>> countries = hits(search("Казахстан", List.of("COUNTRY"), 5));
		assertThat(countries).extracting(hit -> node(hit, "code")).containsExactly("KZ");
		assertThat(countries.get(0).get("field")).isEqualTo("name_ru");

		List<Map<String, Object>> organisations = hits(search("прокуратуре", List.of("ORGANISATION"), 5));
		assertThat(organisations).extracting(hit -> node(hit, "slug"))
			.containsExactly("kazakhstan-law-enforcement-academy");
		assertThat(hits(search("УНП ООН", List.of("ORGANISATION"), 5)))
			.extracting(hit -> node(hit, "slug"))
			.containsExactly("unodc");
	}

	@Test
	void ranksEveryKindOfHitAndGivesTheMatchingPassage() {
		List<Map<String, Object>> hits = hits(search("every life matters", null, 10));
		assertThat(hits).extracting(hit -> hit.get("type")).contains("STATEMENT", "CITATION", "SOURCE");
		assertThat(hits).allSatisfy(hit -> assertThat((String) hit.get("passage")).containsIgnoringCase("every"));
		assertThat(hits).extracting(hit -> (Double) hit.get("score")).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		Map<String, Object> citation = hits.stream().filter(hit -> hit.get("type").equals("CITATION")).findFirst().orElseThrow();
		assertThat(((Map<?, ?>) citation.get("node")).get("slug")).isEqualTo("unodc-press-release-astana-2023");
		assertThat((String) ((Map<?, ?>) citation.get("citation")).get("quote")).contains("Every life matters");
	}

	@Test
	void aQuotedPhraseMustMatchAsAPhrase() {
		assertThat(hits(search("\"leave one behind\"", List.of("CITATION", "STATEMENT"), 10))).isNotEmpty()
			.allSatisfy(hit -> assertThat((String) hit.get("passage")).contains("leave one behind"));
		assertThat(hits(search("\"behind one leave\"", null, 10))).isEmpty();
	}

	@Test
	void findsWordsByTheirBeginning() {
		assertThat(hits(search("traffick", List.of("COMMITMENT"), 10))).isNotEmpty()
			.allSatisfy(hit -> assertThat((String) hit.get("passage")).containsIgnoringCase("trafficking"));
	}

	@Test
	void theTypesAndSizeAsked() {
		List<Map<String, Object>> all = hits(search("Kazakhstan", null, 50));
		assertThat(all).extracting(hit -> hit.get("type")).contains("COUNTRY", "CITATION", "SOURCE");
		List<Map<String, Object>> sources = hits(search("trafficking", List.of("SOURCE", "STATISTIC"), 50));
		assertThat(sources).hasSizeGreaterThan(2)
			.allSatisfy(hit -> assertThat(hit.get("type")).isIn("SOURCE", "STATISTIC"));
		assertThat(hits(search("trafficking", List.of("SOURCE", "STATISTIC"), 2))).isEqualTo(sources.subList(0, 2));
	}

	@ParameterizedTest
	@ValueSource(strings = { "+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "\"", "~", "*", "?", ":",
			"\\", "/" })
	void luceneSpecialCharactersAreSearchedAsText(String special) {
		List<Map<String, Object>> hits = hits(search("Majilis " + special + " Parliament", null, 5));
		assertThat(hits).isNotEmpty()
			.allSatisfy(hit -> assertThat((String) hit.get("passage")).containsIgnoringCase("majilis"));
		assertThat(hits(search(special + special + special + "Majilis", null, 5))).isNotEmpty()
			.allSatisfy(hit -> assertThat((String) hit.get("passage")).containsIgnoringCase("majilis"));
	}

	@Test
	void specialCharactersAloneAreABadRequest() {
		this.graphQl.document(SEARCH)
			.variable("text", "&& || ! ( ) { } [ ] ^ \" ~ * ? : \\ /")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "text"));
	}

	@Test
	void emptyAndVeryLongTextAreBadRequests() {
		for (String text : List.of("", "   ", "word ".repeat(120))) {
			this.graphQl.document(SEARCH)
				.variable("text", text)
				.execute()
				.errors()
				.satisfy(errors -> assertBadRequest(errors, "text"));
		}
	}

	@Test
	void aPageSizeOverTheMaximumIsABadRequest() {
		this.graphQl.document(SEARCH)
			.variable("text", "law")
			.variable("first", 1000)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "first"));
	}

	@Test
	void nothingFoundIsAnEmptyList() {
		assertThat(hits(search("zanzibar", null, 5))).isEmpty();
	}

}
