package org.accordgraph.curation;

import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.id;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curators state a relationship between two objects as a fact, with its evidence, and remove
 * it; a relationship the `from` object cannot state is refused, naming the field.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class LinkTests {

	static final String LINK = """
			mutation($input: LinkNodesInput!) {
			  linkNodes(input: $input) {
			    from { ... on Conference { version coOrganisers { actor { ... on Organisation { slug } } citations { quote } } } }
			    userErrors { field message code }
			  }
			}""";

	static final String UNLINK = """
			mutation($input: UnlinkNodesInput!) {
			  unlinkNodes(input: $input) {
			    from { ... on Conference { coOrganisers { actor { ... on Organisation { slug } } } } }
			    userErrors { field message code }
			  }
			}""";

	static final String ASTANA = id("Conference", "astana-2023");

	static final String OSCE = id("Organisation", "osce");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;



	HttpGraphQlTester carla;

	@BeforeEach
	void addTheFixtureSource() {
		this.carla = signedIn(this.graphQl, basic("carla"));
		this.carla.document(CuratorSessionTests.CREATE_SOURCE).variable("input", CuratorSessionTests.source()).execute();
	}


	private Map<String, Object> link(Object... extra) {
		Map<String, Object> input = new java.util.HashMap<>(Map.of("from", ASTANA, "relationship", "CO_ORGANISED_BY",
				"to", OSCE, "citations", List.of(Map.of("source", "test-bishkek-release", "quote",
						"The OSCE co-organised the Astana conference (a test fixture's summary).", "verbatim", false))));
		for (int i = 0; i < extra.length; i += 2) {
			input.put((String) extra[i], extra[i + 1]);
		}
		return input;
	}

	@Test
	void aCuratorLinksAnOrganisationAsCoOrganiserAndUnlinksIt() {
		this.carla.document(LINK).variable("input", link("expectedVersion", 0)).execute()
			.path("linkNodes.userErrors").entityList(Object.class).hasSize(0)
			.path("linkNodes.from.version").entity(Integer.class).isEqualTo(1)
			.path("linkNodes.from.coOrganisers[*].actor.slug").entityList(String.class)
			.satisfies(slugs -> assertThat(slugs).contains("osce"))
			.path("linkNodes.from.coOrganisers[?(@.actor.slug == 'osce')].citations[0].quote").entityList(String.class)
			.containsExactly("The OSCE co-organised the Astana conference (a test fixture's summary).");

		this.carla.document(UNLINK)
			.variable("input", Map.of("from", ASTANA, "relationship", "CO_ORGANISED_BY", "to", OSCE))
			.execute()
			.path("unlinkNodes.userErrors").entityList(Object.class).hasSize(0)
			.path("unlinkNodes.from.coOrganisers[*].actor.slug").entityList(String.class)
			.satisfies(slugs -> assertThat(slugs).doesNotContain("osce"));
		assertThat(this.neo4j.query("""
				MATCH (c:Change) WHERE c.entity = 'Conference:astana-2023-CO_ORGANISED_BY->Organisation:osce'
				RETURN c.operation ORDER BY c.sequence""").fetchAs(String.class).all())
			.containsExactly("linkNodes", "unlinkNodes");
	}

	@Test
	void aRelationshipItsStartCannotStateIsRefused() {
		this.carla.document(LINK).variable("input", link("from", OSCE, "relationship", "HOSTED_BY",
				"to", id("Country", "KZ"))).execute()
			.path("linkNodes.userErrors[0].field").entityList(String.class).containsExactly("input", "from")
			.path("linkNodes.userErrors[0].code").entity(String.class).isEqualTo("UNKNOWN_REFERENCE")
			.path("linkNodes.userErrors[0].message").entity(String.class).isEqualTo("'osce' is not a known Conference");
		this.carla.document(LINK).variable("input", link("to", id("Conference", "tashkent-2022")))
			.execute()
			.path("linkNodes.userErrors[0].field").entityList(String.class).containsExactly("input", "to")
			.path("linkNodes.userErrors[0].code").entity(String.class).isEqualTo("UNKNOWN_REFERENCE");
		this.carla.document(UNLINK)
			.variable("input", Map.of("from", ASTANA, "relationship", "FULFILLED_BY", "to", OSCE))
			.execute()
			.path("unlinkNodes.userErrors[0].field").entityList(String.class).containsExactly("input", "relationship")
			.path("unlinkNodes.userErrors[0].code").entity(String.class).isEqualTo("NOT_IN_LIST");
		this.carla.document(LINK).variable("input", link("expectedVersion", 3)).execute()
			.path("linkNodes.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
	}

}
