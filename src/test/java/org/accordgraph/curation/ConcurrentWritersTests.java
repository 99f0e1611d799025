package org.accordgraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many curators recording assessments of one commitment at once, over HTTP: every write
 * acknowledged is in the history and in the audit trail, none is lost or merged into another,
 * and a write based on a version someone else has moved past is refused, never applied.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class ConcurrentWritersTests {

	private static final int WRITERS = 6;

	private static final int WRITES_EACH = 3;

	private static final String VERSION = """
			query($id: ID!) { node(id: $id) { ... on Commitment { version } } }""";

	private static final String RECORD = """
			mutation($input: RecordAssessmentInput!) {
			  recordAssessment(input: $input) { userErrors { code } }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;



	@Test
	void everyAcknowledgedWriteIsKeptAndNoStaleOneIsApplied() throws Exception {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		List<Future<Tally>> writers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		for (int writer = 0; writer < WRITERS; writer++) {
			int id = writer;
			writers.add(pool.submit(() -> write(carla, id)));
		}
		pool.shutdown();
		List<String> acknowledged = new ArrayList<>();
		int conflicts = 0;
		for (Future<Tally> writer : writers) {
			acknowledged.addAll(writer.get().acknowledged());
			conflicts += writer.get().conflicts();
		}
		assertThat(acknowledged).hasSize(WRITERS * WRITES_EACH);

		List<String> history = this.neo4j.query("""
				MATCH (:Commitment {slug: 'host-central-asia-tip-conference-2024'})-[:HAS_STATUS]->(a:StatusAssessment)
				WHERE a.note STARTS WITH 'writer'
				RETURN a.note""").fetchAs(String.class).all().stream().toList();
		assertThat(history).containsExactlyInAnyOrderElementsOf(acknowledged);
		long audited = this.neo4j.query("""
				MATCH (c:Change {operation: 'recordAssessment'}) RETURN count(DISTINCT c.sequence)""")
			.fetchAs(Long.class).one().orElseThrow();
		assertThat(audited).isEqualTo(WRITERS * WRITES_EACH);
		assertThat(version(carla)).isEqualTo(WRITERS * WRITES_EACH);
		assertThat(conflicts).as("writers that met a newer version than they read").isPositive();
	}

	private record Tally(List<String> acknowledged, int conflicts) {
	}

	/** Records WRITES_EACH assessments, each based on the version last read, reading again after a conflict. */
	private Tally write(HttpGraphQlTester carla, int writer) {
		List<String> acknowledged = new ArrayList<>();
		int conflicts = 0;
		for (int write = 0; write < WRITES_EACH;) {
			String note = "writer " + writer + ", write " + write;
			List<String> codes = carla.document(RECORD).variable("input", Map.of("subject",
					CuratorSessionTests.HOSTING_2024, "status", "PENDING", "date",
					Map.of("date", "2024-07-05", "basis", "ASSUMED", "reasoning", "a test of concurrent writers"),
					"expectedVersion", version(carla), "note", note, "unsourced", true, "basis", "ASSUMED", "reasoning",
					"a test of concurrent writers"))
				.execute()
				.path("recordAssessment.userErrors[*].code")
				.entityList(String.class)
				.get();
			if (codes.isEmpty()) {
				acknowledged.add(note);
				write++;
			}
			else {
				assertThat(codes).containsExactly("CONFLICT");
				conflicts++;
			}
		}
		return new Tally(acknowledged, conflicts);
	}

	private int version(HttpGraphQlTester carla) {
		return carla.document(VERSION).variable("id", CuratorSessionTests.HOSTING_2024).execute()
			.path("node.version").entity(Integer.class).get();
	}

}
