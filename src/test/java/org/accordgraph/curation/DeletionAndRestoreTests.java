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
			  restoreNode(input: $input) {
			    node { ... on Conference { version } } restored sequence reverses { sequence by operation undone leftAsIs } userErrors { field message code }
			  }
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
			.path("restoreNode.userErrors[0].field").entityList(String.class).containsExactly("input", "force")
			.path("restoreNode.userErrors[0].message").entity(String.class)
			.satisfies(message -> assertThat(message).contains("change " + (recorded + 1) + " (recordAssessment by carla)",
					"StatusAssessment:host-central-asia-tip-conference-2024-2024-07-05-in-progress"));
		ada().document(RESTORE).variable("input", Map.of("id", HOSTING_2024, "sequence", recorded, "force", true))
			.execute()
			.path("restoreNode.userErrors").entityList(Object.class).hasSize(0)
			.path("restoreNode.reverses[*].sequence").entityList(Integer.class).containsExactly(recorded + 1);
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Commitment { statusHistory { status } } } }")
			.variable("id", HOSTING_2024)
			.execute()
			.path("node.statusHistory[*].status").entityList(String.class)
			.containsExactly("PENDING", "PENDING", "FULFILLED");
		assertThat(count("MATCH (c:Change {operation: 'restoreNode', by: 'ada'}) RETURN count(c)")).isPositive();
	}

	private static final String FULFILLED = "MATCH (:Commitment)-[r:FULFILLED_BY]->(:Conference {slug: 'bishkek-2024'}) RETURN count(r)";

	private static final String FULFILMENT = "Commitment:host-central-asia-tip-conference-2024-FULFILLED_BY->Conference:bishkek-2024";

	/** The sequence of the conference's creation, after which a curator links the 2024 hosting to it as its fulfilment. */
	private int conferenceFulfillingTheHosting(Map<String, Object> citation) {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		carla.document(CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute();
		carla.document(CREATE_CONFERENCE).variable("input", CuratorSessionTests.conference()).execute();
		int created = lastSequence();
		carla.document(LinkTests.LINK)
			.variable("input", Map.of("from", HOSTING_2024, "relationship", "FULFILLED_BY", "to", CONFERENCE, "citations",
					List.of(citation)))
			.execute()
			.path("linkNodes.userErrors").entityList(Object.class).hasSize(0);
		assertThat(count(FULFILLED)).isOne();
		return created;
	}

	@Test
	void aRestoreNamesTheLinkAnotherNodeMadeToItThatItUndoesAndADryRunChangesNothing() {
		int created = conferenceFulfillingTheHosting(CuratorSessionTests.citation(QUOTE));
		int linked = lastSequence();
		Map<String, Object> before = ApiAssertions.facts(this.neo4j);

		ada().document(RESTORE).variable("input", Map.of("id", CONFERENCE, "sequence", created, "dryRun", true))
			.execute()
			.path("restoreNode.userErrors").entityList(Object.class).hasSize(0)
			.path("restoreNode.restored").entityList(String.class).containsExactly(FULFILMENT)
			.path("restoreNode.reverses[0].sequence").entity(Integer.class).isEqualTo(linked)
			.path("restoreNode.reverses[0].by").entity(String.class).isEqualTo("carla")
			.path("restoreNode.reverses[0].operation").entity(String.class).isEqualTo("linkNodes")
			.path("restoreNode.reverses[0].undone").entityList(String.class).containsExactly(FULFILMENT)
			.path("restoreNode.reverses[0].leftAsIs").entityList(String.class).hasSize(0)
			.path("restoreNode.sequence").valueIsNull()
			.path("restoreNode.node").valueIsNull();
		assertThat(ApiAssertions.facts(this.neo4j)).isEqualTo(before);
		assertThat(lastSequence()).isEqualTo(linked);

		ada().document(RESTORE).variable("input", Map.of("id", CONFERENCE, "sequence", created)).execute()
			.path("restoreNode.userErrors").entityList(Object.class).hasSize(0)
			.path("restoreNode.reverses[*].sequence").entityList(Integer.class).containsExactly(linked)
			.path("restoreNode.sequence").entity(Integer.class).isEqualTo(linked + 1)
			.path("restoreNode.node.version").entity(Integer.class).isEqualTo(0);
		assertThat(count(FULFILLED)).isZero();
		signedIn(this.graphQl, basic("carla"))
			.document("query($entity: ID!, $after: Int) { changes(entity: $entity, afterSequence: $after) { operation entity reverses } }")
			.variable("entity", CONFERENCE)
			.variable("after", linked)
			.execute()
			.path("changes[*].operation").entityList(String.class).containsExactly("restoreNode")
			.path("changes[0].entity").entity(String.class).isEqualTo(FULFILMENT)
			.path("changes[0].reverses").entityList(Integer.class).containsExactly(linked);
	}

	@Test
	void aRestoreThatWouldUndoOnlyPartOfALaterChangeIsRefusedNamingItUnlessForced() {
		int created = conferenceFulfillingTheHosting(Map.of("source", "test-bishkek-release", "quote",
				"The 2024 conference fulfilled Kyrgyzstan's undertaking to host (a test fixture's summary).", "verbatim",
				false));
		int linked = lastSequence();
		Map<String, Object> before = ApiAssertions.facts(this.neo4j);

		ada().document(RESTORE).variable("input", Map.of("id", CONFERENCE, "sequence", created)).execute()
			.path("restoreNode.userErrors[0].code").entity(String.class).isEqualTo("INCONSISTENT")
			.path("restoreNode.userErrors[0].field").entityList(String.class).containsExactly("input", "force")
			.path("restoreNode.userErrors[0].message").entity(String.class)
			.satisfies(message -> assertThat(message).contains("change " + linked + " (linkNodes by carla) also changed Citation:",
					"force: true"))
			.path("restoreNode.reverses[0].undone").entityList(String.class).containsExactly(FULFILMENT)
			.path("restoreNode.reverses[0].leftAsIs").entityList(String.class)
			.satisfies(leftAsIs -> assertThat(leftAsIs).hasSize(2)
				.allSatisfy(entity -> assertThat(entity).startsWith("Citation:"))
				.anySatisfy(entity -> assertThat(entity).endsWith("-FROM_SOURCE->Source:test-bishkek-release")))
			.path("restoreNode.restored").entityList(String.class).hasSize(0)
			.path("restoreNode.sequence").valueIsNull();
		assertThat(ApiAssertions.facts(this.neo4j)).isEqualTo(before);
		assertThat(lastSequence()).isEqualTo(linked);

		ada().document(RESTORE).variable("input", Map.of("id", CONFERENCE, "sequence", created, "force", true))
			.execute()
			.path("restoreNode.userErrors").entityList(Object.class).hasSize(0)
			.path("restoreNode.restored").entityList(String.class).containsExactly(FULFILMENT);
		assertThat(count(FULFILLED)).isZero();
	}

	@Test
	void aRestoreOfChangesToTheNodeAloneListsThemAndGoesOn() {
		HttpGraphQlTester carla = signedIn(this.graphQl, basic("carla"));
		carla.document(CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute();
		carla.document(CREATE_CONFERENCE).variable("input", CuratorSessionTests.conference()).execute();
		int created = lastSequence();
		carla.document(UpdateTests.UPDATE)
			.variable("input", Map.of("id", CONFERENCE, "expectedVersion", 0, "set", Map.of("note", "A first note.")))
			.execute()
			.path("updateNode.userErrors").entityList(Object.class).hasSize(0);
		carla.document(UpdateTests.UPDATE)
			.variable("input", Map.of("id", CONFERENCE, "expectedVersion", 1, "set", Map.of("note", "A second note.")))
			.execute()
			.path("updateNode.userErrors").entityList(Object.class).hasSize(0);

		ada().document(RESTORE).variable("input", Map.of("id", CONFERENCE, "sequence", created)).execute()
			.path("restoreNode.userErrors").entityList(Object.class).hasSize(0)
			.path("restoreNode.restored").entityList(String.class).containsExactly("Conference:bishkek-2024")
			.path("restoreNode.reverses[*].sequence").entityList(Integer.class).containsExactly(created + 1, created + 2)
			.path("restoreNode.reverses[*].operation").entityList(String.class).containsExactly("updateNode", "updateNode")
			.path("restoreNode.reverses[*].leftAsIs[*]").entityList(String.class).hasSize(0);
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Conference { note version } } }")
			.variable("id", CONFERENCE)
			.execute()
			.path("node.note").valueIsNull()
			.path("node.version").entity(Integer.class).isEqualTo(3);
	}

}
