package org.accordgraph.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.CitedFacts;
import org.accordgraph.format.Dataset;
import org.accordgraph.format.DatasetException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The bundled dataset as the graph holds it: every fact cited, every quote the source's own words. */
@AccordGraphTest
class BundledDatasetTests {

	/** Labels of nodes that are not facts: evidence itself, vocabulary, bookkeeping. */
	private static final Set<String> NOT_FACTS = Set.of("Source", "Citation", "Topic", "Dataset");

	/** Relationships that belong to their node rather than state a fact of their own. */
	private static final Set<String> STRUCTURAL = Set.of("FROM_SOURCE", "HAS_STATUS");

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DatasetImporter importer;

	@Autowired
	LoadedDatasets datasets;

	@Test
	void everyVerbatimQuoteOccursLetterForLetterInItsSource() {
		var citations = this.neo4j.query("""
				MATCH (c:Citation)-[:FROM_SOURCE]->(s:Source)
				RETURN c.quote AS quote, c.verbatim AS verbatim, s.slug AS source, s.text IS NOT NULL AS held""")
			.fetch()
			.all();
		assertThat(citations).hasSizeGreaterThan(40);
		String pressRelease = CitedFacts.sourceText(CitedFacts.PRESS_RELEASE);
		int verbatim = 0;
		for (Map<String, Object> citation : citations) {
			assertThat(citation.get("verbatim")).as("verbatim exactly where the text is held: %s", citation)
				.isEqualTo(citation.get("held"));
			if (Boolean.TRUE.equals(citation.get("verbatim"))) {
				assertThat(citation.get("source")).isEqualTo(CitedFacts.PRESS_RELEASE);
				assertThat(pressRelease).contains((String) citation.get("quote"));
				verbatim++;
			}
		}
		assertThat(verbatim).isGreaterThan(30);
	}

	@Test
	void theSourceTextHeldIsTheSourceItself() {
		String held = this.neo4j.query("MATCH (s:Source {slug: $slug}) RETURN s.text")
			.bind(CitedFacts.PRESS_RELEASE)
			.to("slug")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		assertThat(held).isEqualTo(CitedFacts.sourceText(CitedFacts.PRESS_RELEASE));
	}

	@Test
	void everyFactNodeCitesExistingCitations() {
		var nodes = this.neo4j.query("""
				MATCH (n) WHERE NOT any(label IN labels(n) WHERE label IN $notFacts OR label STARTS WITH '__')
				RETURN labels(n) AS labels, coalesce(n.slug, n.code) AS key, n.citations AS citations,
				       all(k IN coalesce(n.citations, []) WHERE EXISTS { (:Citation {key: k}) }) AS resolved""")
			.bind(NOT_FACTS)
			.to("notFacts")
			.fetch()
			.all();
		assertThat(nodes).hasSizeGreaterThan(100);
		assertThat(nodes).allSatisfy(node -> {
			assertThat((List<?>) node.get("citations")).as("citations of %s", node).isNotEmpty();
			assertThat(node.get("resolved")).as("citations of %s exist", node).isEqualTo(true);
		});
	}

	@Test
	void everyRelationshipStatedAsAFactCitesExistingCitations() {
		var relationships = this.neo4j.query("""
				MATCH (a)-[r]->(b) WHERE NOT type(r) IN $structural
				  AND NOT any(label IN labels(a) WHERE label IN $notFacts OR label STARTS WITH '__')
				RETURN type(r) AS type, coalesce(a.slug, a.code) AS from, coalesce(b.slug, b.code) AS to,
				       r.citations AS citations,
				       all(k IN coalesce(r.citations, []) WHERE EXISTS { (:Citation {key: k}) }) AS resolved""")
			.bindAll(Map.of("structural", STRUCTURAL, "notFacts", NOT_FACTS))
			.fetch()
			.all();
		assertThat(relationships).hasSizeGreaterThan(150);
		assertThat(relationships).allSatisfy(relationship -> {
			assertThat((List<?>) relationship.get("citations")).as("citations of %s", relationship).isNotEmpty();
			assertThat(relationship.get("resolved")).as("citations of %s exist", relationship).isEqualTo(true);
		});
	}

	@Test
	void aFiguresYearIsNamedByEveryPassageItCites() {
		List<String> undated = strings("""
				MATCH (s:Statistic) WHERE s.year IS NOT NULL
				UNWIND s.citations AS key
				MATCH (c:Citation {key: key}) WHERE NOT c.quote CONTAINS toString(s.year)
				RETURN s.slug + ' cites ' + key ORDER BY s.slug, key""");
		assertThat(undated).as("figures whose year a cited passage does not give").isEmpty();
	}

	@Test
	void anAssessmentDatedByConventionDoesNotPresentItsDateAsStated() {
		List<String> overClaiming = strings("""
				MATCH (s:StatusAssessment {basis: 'ASSUMED'}) WHERE coalesce(s.dateBasis, 'STATED') = 'STATED'
				RETURN s.slug ORDER BY s.slug""");
		assertThat(overClaiming).as("assessments dated by a convention whose date says STATED").isEmpty();
	}

	@Test
	void everyWordOfANameOrTitleIsInThePassagesItCites() {
		var named = this.neo4j.query("""
				MATCH (n) WHERE (n:Country OR n:Organisation OR n:Project OR n:Person OR n:Position)
				WITH n, coalesce(n.name, n.title) AS name
				RETURN coalesce(n.slug, n.code) AS key, name,
				       [k IN n.citations | head(COLLECT { MATCH (c:Citation {key: k}) RETURN c.quote })] AS quotes""")
			.fetch()
			.all();
		assertThat(named).hasSizeGreaterThan(40);
		List<String> longer = named.stream().flatMap(node -> {
			Set<String> cited = words(String.join(" ", (List<String>) node.get("quotes")));
			return words((String) node.get("name")).stream()
				.filter(word -> !cited.contains(word))
				.map(word -> node.get("key") + ": \"" + word + "\" of \"" + node.get("name") + "\"");
		}).toList();
		assertThat(longer).as("names that say more than the passages they cite").isEmpty();
	}

	@Test
	void aSourcesTitleIsGivenByASourceHeld() {
		List<String> untitled = strings("""
				MATCH (s:Source) WHERE s.title IS NOT NULL
				  AND NOT EXISTS { MATCH (h:Source) WHERE h.text CONTAINS s.title }
				  AND NOT EXISTS { MATCH (c:Citation) WHERE c.quote CONTAINS s.title }
				RETURN s.slug ORDER BY s.slug""");
		assertThat(untitled).as("sources titled by no source held").isEmpty();
	}

	/** The one column of each row of a query, as text. */
	private List<String> strings(String cypher) {
		return List.copyOf(this.neo4j.query(cypher).fetchAs(String.class).all());
	}

	private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "to", "at",
			"under", "a", "an", "s");

	private static Set<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty() && !FUNCTION_WORDS.contains(word))
			.collect(Collectors.toSet());
	}

	@Test
	void loadingTheBundledDatasetTwiceChangesNothing() {
		Map<String, Object> before = graphState();
		this.importer.importDataset(BundledDataset.LOCATION, BundledDataset.NAME);
		assertThat(graphState()).isEqualTo(before);
	}

	@Test
	void aDatasetWithOneBadRecordChangesNothingAndNamesTheRecordAndField() {
		Map<String, Object> before = graphState();
		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> this.importer.importDataset("classpath:datasets/one-bad-record", "test"))
			.satisfies(ex -> assertThat(ex.problems()).containsExactly(
					"records.yaml organisations[1] (atlantis-office).partOf: 'no-such-organisation' is not a known Organisation"));
		assertThat(graphState()).isEqualTo(before);
		assertThat(this.datasets.holds("test")).isFalse();
	}

	/** Counts of nodes and relationships, and every property of each, in a stable order. */
	private Map<String, Object> graphState() {
		return this.neo4j.query("""
				CALL () {
				  MATCH (n) WITH n ORDER BY elementId(n)
				  RETURN count(n) AS nodes, collect(properties(n)) AS nodeProperties
				}
				CALL () {
				  MATCH ()-[r]->() WITH r ORDER BY elementId(r)
				  RETURN count(r) AS relationships, collect(properties(r)) AS relationshipProperties
				}
				RETURN nodes, relationships, nodeProperties, relationshipProperties""").fetch().one().orElseThrow();
	}

}
