package org.accordgraph.curation;

import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.id;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.accordgraph.curation.CuratorSessionTests.CREATE_CONFERENCE;
import static org.accordgraph.curation.CuratorSessionTests.CREATE_SOURCE;
import static org.accordgraph.curation.CuratorSessionTests.HOSTING_2024;
import static org.accordgraph.curation.CuratorSessionTests.QUOTE;
import static org.accordgraph.curation.CuratorSessionTests.RECORD_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting keeps the graph whole (a node others depend on is refused with its dependants, or
 * deleted with them when an administrator asks for the cascade), and an administrator restores a
 * node to where it stood after an earlier change.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class DeletionAndRestoreTests {

	static final String DELETE = """
			mutation($input: DeleteNodeInput!) {
			  deleteNode(input: $input) { deletedId deleted dependants userErrors { field message code } }
			}""";

	static final String RESTORE = """
			mutation($input: RestoreNodeInput!) {
			  restoreNode(input: $input) { restored userErrors { field message code } }
			}""";

	static final String CONFERENCE = "Q29uZmVyZW5jZTpiaXNoa2VrLTIwMjQ";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;



	private HttpGraphQlTester ada() {
		return signedIn(this.graphQl, basic("ada"));
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private int lastSequence() {
		return (int) count("MATCH (c:Change) RETURN max(c.sequence)");
	}

	@Test
	void aCitedSourceIsNotDeletedButItsDependantsListed() {
		String source = this.neo4j.query("MATCH (c:Citation)-[:FROM_SOURCE]->(s:Source) RETURN s.slug LIMIT 1")
			.fetchAs(String.class).one().orElseThrow();
		long nodes = count("MATCH (n) RETURN count(n)");
		ada().document(DELETE).variable("input", Map.of("id", id("Source", source))).execute()
			.path("deleteNode.deletedId").valueIsNull()
			.path("deleteNode.userErrors[0].code").entity(String.class).isEqualTo("HAS_DEPENDANTS")
			.path("deleteNode.userErrors[0].field").entityList(String.class).containsExactly("input", "id")
			.path("deleteNode.dependants").entityList(String.class)
			.satisfies(dependants -> assertThat(dependants).anyMatch(d -> d.startsWith("Citation:" + source + "#")));
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
	}

	@Test
	void aCuratorMayNotDelete() {
		signedIn(this.graphQl, basic("carla")).document(DELETE).variable("input", Map.of("id", CONFERENCE)).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	@Test
	void aCascadeTakesTheFactsOnlyTheSourceSupportedAndTheAuditTrailRecordsIt() {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		carla.document(CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute();
		carla.document(CREATE_CONFERENCE).variable("input", CuratorSessionTests.conference()).execute()
			.path("createConference.userErrors").entityList(Object.class).hasSize(0);

		ada().document(DELETE).variable("input", Map.of("id", id("Source", "test-bishkek-release"))).execute()
			.path("deleteNode.userErrors[0].code").entity(String.class).isEqualTo("HAS_DEPENDANTS")
			.path("deleteNode.dependants").entityList(String.class)
			.satisfies(dependants -> assertThat(dependants).contains("Conference:bishkek-2024"));

		ada().document(DELETE)
			.variable("input", Map.of("id", id("Source", "test-bishkek-release"), "cascade", true))
			.execute()
			.path("deleteNode.userErrors").entityList(Object.class).hasSize(0)
			.path("deleteNode.deleted").entityList(String.class)
			.satisfies(deleted -> assertThat(deleted).contains("Source:test-bishkek-release", "Conference:bishkek-2024")
				.anyMatch(d -> d.startsWith("Citation:test-bishkek-release#")));
		assertThat(count("MATCH (n:Conference {slug: 'bishkek-2024'}) RETURN count(n)")).isZero();
		assertThat(count("MATCH (n) WHERE any(k IN n.citations WHERE k STARTS WITH 'test-bishkek-release#') RETURN count(n)"))
			.isZero();
		assertThat(count("MATCH ()-[r]->() WHERE any(k IN r.citations WHERE k STARTS WITH 'test-bishkek-release#') RETURN count(r)"))
			.isZero();
		assertThat(count("""
				MATCH (c:Change {operation: 'deleteNode (cascade)', by: 'ada'})
				WHERE c.entity = 'Conference:bishkek-2024' AND c.hadBefore AND NOT c.hasAfter RETURN count(c)""")).isOne();
	}

	@Test
	void aSourceDeletedWithACascadeIsRestoredWithEverythingTheCascadeTook() {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		carla.document(CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute();
		carla.document(CREATE_CONFERENCE).variable("input", CuratorSessionTests.conference()).execute()
			.path("createConference.userErrors").entityList(Object.class).hasSize(0);
		int created = lastSequence();
		Map<String, Object> before = ApiAssertions.facts(this.neo4j);
		ada().document(DELETE)
			.variable("input", Map.of("id", id("Source", "test-bishkek-release"), "cascade", true))
			.execute()
			.path("deleteNode.userErrors").entityList(Object.class).hasSize(0);
		assertThat(ApiAssertions.facts(this.neo4j)).isNotEqualTo(before);

		ada().document(RESTORE).variable("input", Map.of("id", id("Source", "test-bishkek-release"), "sequence", created))
			.execute()
			.path("restoreNode.userErrors").entityList(Object.class).hasSize(0)
			.path("restoreNode.restored").entityList(String.class)
			.satisfies(restored -> assertThat(restored).contains("Source:test-bishkek-release", "Conference:bishkek-2024",
					"Conference:bishkek-2024-HOSTED_BY->Country:KG"));
		assertThat(ApiAssertions.facts(this.neo4j)).isEqualTo(before);
	}

	@Test
	void aCascadeIsNotRestoredOverAChangeMadeSince() {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		carla.document(CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute();
		carla.document(CREATE_CONFERENCE).variable("input", CuratorSessionTests.conference()).execute();
		int created = lastSequence();
		ada().document(DELETE)
			.variable("input", Map.of("id", id("Source", "test-bishkek-release"), "cascade", true))
			.execute()
			.path("deleteNode.userErrors").entityList(Object.class).hasSize(0);
		Map<String, Object> other = new java.util.HashMap<>(CuratorSessionTests.source());
		other.put("slug", "test-other-release");
		carla.document(CREATE_SOURCE).variable("input", other).execute();
		Map<String, Object> again = new java.util.HashMap<>(CuratorSessionTests.conference());
		again.put("citations", List.of(Map.of("source", "test-other-release", "quote", QUOTE, "verbatim", true)));
		carla.document(CREATE_CONFERENCE).variable("input", again).execute()
			.path("createConference.userErrors").entityList(Object.class).hasSize(0);

		ada().document(RESTORE).variable("input", Map.of("id", id("Source", "test-bishkek-release"), "sequence", created))
			.execute()
			.path("restoreNode.userErrors[0].code").entity(String.class).isEqualTo("INCONSISTENT")
			.path("restoreNode.userErrors[0].message").entity(String.class)
			.satisfies(message -> assertThat(message).contains("Conference:bishkek-2024", "changed again since"));
	}

	@Test
	void aDeletedConferenceIsRestoredWithItsRelationships() {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		carla.document(CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute();
		carla.document(CREATE_CONFERENCE).variable("input", CuratorSessionTests.conference()).execute();
		int created = lastSequence();
		ada().document(DELETE).variable("input", Map.of("id", CONFERENCE)).execute()
			.path("deleteNode.deleted").entityList(String.class).containsExactly("Conference:bishkek-2024");

		ada().document(RESTORE).variable("input", Map.of("id", CONFERENCE, "sequence", created)).execute()
			.path("restoreNode.userErrors").entityList(Object.class).hasSize(0)
			.path("restoreNode.restored").entityList(String.class)
			.satisfies(restored -> assertThat(restored).contains("Conference:bishkek-2024",
					"Conference:bishkek-2024-HOSTED_BY->Country:KG"));
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Conference { city hostedBy { country { code } } } } }")
			.variable("id", CONFERENCE)
			.execute()
			.path("node.city").entity(String.class).isEqualTo("Bishkek")
			.path("node.hostedBy.country.code").entity(String.class).isEqualTo("KG");
	}

	@Test
	void aHistoryIsRestoredToWhereItStoodBeforeACorrection() {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		carla.document(CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute();
		carla.document(RECORD_ASSESSMENT).variable("input", Map.of("subject", HOSTING_2024, "status", "FULFILLED",
				"date", Map.of("date", "2024-07-05"), "citations", List.of(CuratorSessionTests.citation(QUOTE))))
			.execute();
		int recorded = lastSequence();
		carla.document(RECORD_ASSESSMENT).variable("input", Map.of("subject", HOSTING_2024, "status", "IN_PROGRESS",
				"date", Map.of("date", "2024-07-05"), "corrects", "host-central-asia-tip-conference-2024-2024-07-05-fulfilled",
				"citations", List.of(CuratorSessionTests.citation(QUOTE))))
			.execute()
			.path("recordAssessment.subject.statusHistory[*].status").entityList(String.class)
			.containsExactly("PENDING", "PENDING", "IN_PROGRESS");

		ada().document(RESTORE).variable("input", Map.of("id", HOSTING_2024, "sequence", recorded)).execute()
			.path("restoreNode.userErrors").entityList(Object.class).hasSize(0);
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Commitment { statusHistory { status } } } }")
			.variable("id", HOSTING_2024)
			.execute()
			.path("node.statusHistory[*].status").entityList(String.class)
			.containsExactly("PENDING", "PENDING", "FULFILLED");
		assertThat(count("MATCH (c:Change {operation: 'restoreNode', by: 'ada'}) RETURN count(c)")).isPositive();
	}

}
