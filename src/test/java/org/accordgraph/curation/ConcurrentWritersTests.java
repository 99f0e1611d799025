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
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.patient;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many curators writing to one object at once, over HTTP: every write acknowledged is in the
 * graph and in the audit trail, none is lost or merged into another, and a write based on a
 * version someone else has moved past is refused, never applied. A curator reads an object's
 * fields and version in one request, so the two always come from the same commit.
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

	private static final int CURATORS = 50;

	private static final String WRITE_NOTE = """
			mutation($input: UpdateNodeInput!) { updateNode(input: $input) { userErrors { code } } }""";

	private static final String READ_NOTE = """
			query($id: ID!) { node(id: $id) { ... on Conference { note version } } }""";

	@Test
	void aReadPairsAnObjectsFieldsWithTheirOwnVersion() throws Exception {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		ExecutorService readers = Executors.newFixedThreadPool(4);
		java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
		List<Future<List<String>>> reads = new ArrayList<>();
		for (int reader = 0; reader < 4; reader++) {
			reads.add(readers.submit(() -> {
				List<String> mismatched = new ArrayList<>();
				for (int read = 0; writing.get() || read == 0; read++) {
					Map<String, Object> astana = read(patient(this.graphQl), READ_NOTE, UpdateTests.ASTANA);
					Object version = astana.get("version");
					if (!((Integer) version == 0 && astana.get("note") == null || ("version " + version).equals(astana.get("note")))) {
						mismatched.add("version " + version + " with the note '" + astana.get("note") + "'");
					}
				}
				return mismatched;
			}));
		}
		for (int version = 0; version < 100; version++) {
			carla.document(WRITE_NOTE)
				.variable("input", Map.of("id", UpdateTests.ASTANA, "expectedVersion", version, "set",
						Map.of("note", "version " + (version + 1))))
				.execute()
				.path("updateNode.userErrors").entityList(Object.class).hasSize(0);
		}
		writing.set(false);
		readers.shutdown();
		List<String> mismatched = new ArrayList<>();
		for (Future<List<String>> reader : reads) {
			mismatched.addAll(reader.get());
		}
		assertThat(mismatched).as("reads whose version is not that of their fields").isEmpty();
	}

	@Test
	void curatorsWhoReadModifyAndWriteLoseNoUpdate() throws Exception {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		ExecutorService pool = Executors.newFixedThreadPool(CURATORS);
		List<Future<Integer>> curators = new ArrayList<>();
		for (int curator = 0; curator < CURATORS; curator++) {
			String mark = "[curator " + curator + "]";
			curators.add(pool.submit(() -> appendToNote(carla, mark)));
		}
		pool.shutdown();
		int conflicts = 0;
		for (Future<Integer> curator : curators) {
			conflicts += curator.get();
		}
		Map<String, Object> astana = read(carla, READ_NOTE, UpdateTests.ASTANA);
		for (int curator = 0; curator < CURATORS; curator++) {
			assertThat((String) astana.get("note")).as("the note after %d acknowledged updates", CURATORS)
				.contains("[curator " + curator + "]");
		}
		assertThat(astana.get("version")).isEqualTo(CURATORS);
		assertThat(conflicts).as("curators that met a newer version than they read").isPositive();
	}

	/** Appends the mark to the Astana conference's note, reading it again after each conflict; the conflicts met. */
	private static int appendToNote(HttpGraphQlTester carla, String mark) {
		for (int conflicts = 0;; conflicts++) {
			Map<String, Object> read = read(carla, READ_NOTE, UpdateTests.ASTANA);
			String note = (read.get("note") != null) ? read.get("note") + " " + mark : mark;
			List<String> codes = carla.document(WRITE_NOTE)
				.variable("input", Map.of("id", UpdateTests.ASTANA, "expectedVersion", read.get("version"), "set",
						Map.of("note", note)))
				.execute()
				.path("updateNode.userErrors[*].code")
				.entityList(String.class)
				.get();
			if (codes.isEmpty()) {
				return conflicts;
			}
			assertThat(codes).containsExactly("CONFLICT");
		}
	}

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
		return (Integer) read(carla, VERSION, CuratorSessionTests.HOSTING_2024).get("version");
	}

	/**
	 * The object the document reads, read again for as long as the service answers that it changed
	 * while it was read (a {@code CONFLICT} error: its version would not be that of its fields).
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> read(HttpGraphQlTester client, String document, String id) {
		for (;;) {
			GraphQlTester.Response response = client.document(document).variable("id", id).execute();
			List<ResponseError> errors = new ArrayList<>();
			response.errors().satisfy(errors::addAll);
			if (errors.isEmpty()) {
				return response.path("node").entity(Map.class).get();
			}
			assertThat(errors).allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT"));
		}
	}

}
