package org.accordgraph.commitment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.QueryCounter;
import org.accordgraph.dataset.DatasetImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields are read in batches: the queries a request sends do not grow with the number of
 * rows it returns. Fifty commitments, each with its own party, instrument and citations, are
 * imported for the test and removed after it.
 */
@AccordGraphTest
class BatchedReadsTests {

	private static final int COMMITMENTS = 50;

	private static final String NESTED = """
			query($first: Int) {
			  commitments(filter: { series: "batch-test-series" }, first: $first) {
			    totalCount
			    edges { node {
			      slug text kind themes
			      status { status date { iso } citations { quote } }
			      parties { actor { name ... on Organisation { partOf { organisation { name } } } } citations { quote source { title } } }
			      madeIn { origin { ... on Declaration { title calledForAt { conference { title } } } } citations { quote } }
			      citations { quote verbatim source { title publisher } }
			    } }
			  }
			}""";

	private static final String LEVELS_OF_A_COMMITMENT = """
			fragment levels on Commitment {
			  slug
			  parties { actor { name } basis citations { quote } }
			  madeIn { origin { ... on Declaration { slug } } basis }
			  status { status date { iso } }
			  statusHistory { status }
			  citations { quote verbatim source { title url } }
			}""";

	private static final String LEVELS = """
			query($first: Int) {
			  commitments(filter: { series: "batch-test-series" }, first: $first) {
			    totalCount
			    edges { node { ...levels } }
			  }
			}""" + LEVELS_OF_A_COMMITMENT;

	private static final String LEVELS_THROUGH_A_THEME = """
			query { theme(theme: PARTNERSHIP) { commitments { ...levels } } }""" + LEVELS_OF_A_COMMITMENT;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	QueryCounter queries;

	@Autowired
	DatasetImporter importer;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void importFiftyCommitments(@TempDir Path dir) throws IOException {
		StringBuilder yaml = new StringBuilder("""
				sources:
				  - slug: batch-test-gazette
				    title: Batch Test Gazette
				    url: https://batch-test.example/gazette
				    citations:
				""");
		for (int i = 0; i < COMMITMENTS; i++) {
			yaml.append("      c%d: \"On 1 January 2020 body %d undertook commitment %d in declaration %d, due on 1 January 2030.\"\n".formatted(i, i, i, i));
		}
		yaml.append("""
				conferenceSeries:
				  - {slug: batch-test-series, title: Batch test series, cite: [batch-test-gazette#c0]}
				conferences:
				  - {slug: batch-test-conference, title: Batch test conference, startDate: 2020-01-01, cite: [batch-test-gazette#c0]}
				organisations:
				  - {slug: batch-test-parent, name: Batch test parent, kind: NGO, cite: [batch-test-gazette#c0]}
				""");
		StringBuilder declarations = new StringBuilder("declarations:\n");
		StringBuilder commitments = new StringBuilder("commitments:\n");
		for (int i = 0; i < COMMITMENTS; i++) {
			String cite = "[batch-test-gazette#c" + i + "]";
			yaml.append("  - {slug: batch-test-body-%d, name: Batch test body %d, kind: NGO, cite: %s, partOf: {organisation: batch-test-parent, cite: %s}}\n"
				.formatted(i, i, cite, cite));
			declarations.append("  - {slug: batch-test-declaration-%d, title: Batch test declaration %d, cite: %s, calledForAt: {conference: batch-test-conference, cite: %s}}\n"
				.formatted(i, i, cite, cite));
			commitments.append("""
					  - slug: batch-test-commitment-%1$02d
					    text: Commitment %1$d
					    kind: SUPPORT
					    series: batch-test-series
					    dueDate: 2030-01-01
					    themes: [PARTNERSHIP]
					    parties: [{actor: batch-test-body-%1$d, cite: %2$s}]
					    madeIn: {instrument: batch-test-declaration-%1$d, cite: %2$s}
					    statusHistory: [{status: PENDING, date: 2020-01-01, cite: %2$s}]
					    cite: %2$s
					""".formatted(i, cite));
		}
		Files.writeString(dir.resolve("batch.yaml"), yaml.append(declarations).append(commitments).toString());
		this.importer.importDataset(dir.toUri().toString(), "batch-test");
	}

	@AfterEach
	void removeThem() {
		this.neo4j.query("""
				MATCH (n) WHERE n.slug STARTS WITH 'batch-test' OR n.key STARTS WITH 'batch-test' OR n.name = 'batch-test'
				DETACH DELETE n""").run();
	}

	@Test
	void theQueriesOfANestedRequestDoNotGrowWithItsRows() {
		int forFive = queriesFor(5);
		int forFifty = queriesFor(COMMITMENTS);
		assertThat(forFive).as("the counter sees the page and the levels below what it reads itself")
			.isGreaterThanOrEqualTo(2);
		assertThat(forFifty).isEqualTo(forFive);
		assertThat(forFifty).as("one query per level of the response, not per row").isLessThanOrEqualTo(12);
	}

	@Test
	void aPageReadsTheLevelsItSelectsInItsOwnStatement() {
		this.queries.reset();
		Object page = this.graphQl.document(LEVELS)
			.variable("first", COMMITMENTS)
			.execute()
			.errors()
			.verify()
			.path("commitments.edges[*].node")
			.entityList(Object.class)
			.hasSize(COMMITMENTS)
			.get();
		assertThat(this.queries.count())
			.as("statements for a page with its parties, origins, statuses, citations and count")
			.isEqualTo(1);
		List<Map<String, Object>> throughLoaders = this.graphQl.document(LEVELS_THROUGH_A_THEME)
			.execute()
			.errors()
			.verify()
			.path("theme.commitments[*]")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.stream()
			.filter(commitment -> commitment.get("slug").toString().startsWith("batch-test"))
			.toList();
		assertThat(throughLoaders).as("the same levels read a level at a time, through the batch loaders")
			.isEqualTo(page);
	}

	@Test
	void aQueryReadsInOneTransaction() {
		queriesFor(COMMITMENTS);
		assertThat(this.queries.transactions()).as("transactions begun for one request of %d queries",
				this.queries.count()).isEqualTo(1);
	}

	private int queriesFor(int rows) {
		this.queries.reset();
		this.graphQl.document(NESTED)
			.variable("first", rows)
			.execute()
			.errors()
			.verify()
			.path("commitments.edges")
			.entityList(Object.class)
			.hasSize(rows)
			.path("commitments.edges[*].node.parties[0].actor.partOf.organisation.name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).hasSize(rows).containsOnly("Batch test parent"))
			.path("commitments.edges[*].node.madeIn.origin.calledForAt.conference.title")
			.entityList(String.class)
			.satisfies(titles -> assertThat(titles).hasSize(rows).containsOnly("Batch test conference"))
			.path("commitments.totalCount")
			.entity(Integer.class)
			.isEqualTo(COMMITMENTS);
		return this.queries.count();
	}

}
