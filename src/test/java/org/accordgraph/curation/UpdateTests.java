package org.accordgraph.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.id;
import static org.accordgraph.ApiAssertions.signedIn;

/**
 * Curators change fields of an object, based on the version they read: the object is checked
 * whole by the import's rules, a stale version is refused as a conflict, and keys and
 * relationships are not changed this way.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class UpdateTests {

	static final String UPDATE = """
			mutation($input: UpdateNodeInput!) {
			  updateNode(input: $input) {
			    node { ... on Conference { version city note startDate { iso } citations { quote } } }
			    userErrors { field message code }
			  }
			}""";

	static final String ASTANA = id("Conference", "astana-2023");

	@Autowired
	HttpGraphQlTester graphQl;

	private HttpGraphQlTester carla() {
		return signedIn(this.graphQl, basic("carla"));
	}

	private static Map<String, Object> update(int version, Object... set) {
		Map<String, Object> fields = new HashMap<>();
		for (int i = 0; i < set.length; i += 2) {
			fields.put((String) set[i], set[i + 1]);
		}
		return Map.of("id", ASTANA, "expectedVersion", version, "set", fields);
	}

	@Test
	void aFieldChangesAndTheVersionGrowsAndTheRestStays() {
		carla().document(UPDATE).variable("input", update(0, "note", "A curator's note.")).execute()
			.path("updateNode.userErrors").entityList(Object.class).hasSize(0)
			.path("updateNode.node.version").entity(Integer.class).isEqualTo(1)
			.path("updateNode.node.note").entity(String.class).isEqualTo("A curator's note.")
			.path("updateNode.node.city").entity(String.class).isEqualTo("Astana")
			.path("updateNode.node.citations").entityList(Object.class).hasSizeGreaterThan(0);
		carla().document(UPDATE).variable("input", update(1, "note", null)).execute()
			.path("updateNode.node.version").entity(Integer.class).isEqualTo(2)
			.path("updateNode.node.note").valueIsNull();
	}

	@Test
	void anUpdateBasedOnAnOlderVersionIsAConflict() {
		carla().document(UPDATE).variable("input", update(0, "note", "first")).execute()
			.path("updateNode.userErrors").entityList(Object.class).hasSize(0);
		carla().document(UPDATE).variable("input", update(0, "note", "second, from a stale read")).execute()
			.path("updateNode.node").valueIsNull()
			.path("updateNode.userErrors[0].field").entityList(String.class).containsExactly("input", "expectedVersion")
			.path("updateNode.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT")
			.path("updateNode.userErrors[0].message").entity(String.class)
			.satisfies(message -> org.assertj.core.api.Assertions.assertThat(message).contains("is at version 1, not 0"));
	}

	@Test
	void theRecordIsCheckedWholeAndKeysAndRelationshipsDoNotChangeThisWay() {
		carla().document(UPDATE).variable("input", update(0, "startDate", Map.of("date", "2023-07-28"))).execute()
			.path("updateNode.userErrors[0].field").entityList(String.class).containsExactly("input", "set", "startDate")
			.path("updateNode.userErrors[0].code").entity(String.class).isEqualTo("EVIDENCE");
		carla().document(UPDATE).variable("input", update(0, "hostedBy", Map.of("country", "KG"))).execute()
			.path("updateNode.userErrors[0].field").entityList(String.class).containsExactly("input", "set", "hostedBy")
			.path("updateNode.userErrors[0].message").entity(String.class)
			.satisfies(message -> org.assertj.core.api.Assertions.assertThat(message).contains("linkNodes"));
		carla().document(UPDATE).variable("input", update(0, "slug", "astana")).execute()
			.path("updateNode.userErrors[0].field").entityList(String.class).containsExactly("input", "set", "slug");
		carla().document(UPDATE).variable("input", update(0, "cite", List.of("no-such#passage"))).execute()
			.path("updateNode.userErrors[0].field").entityList(String.class).containsExactly("input", "set", "cite")
			.path("updateNode.userErrors[0].code").entity(String.class).isEqualTo("UNKNOWN_REFERENCE");
	}

	@Test
	void aFieldTheRecordDoesNotHaveIsNamedWithThoseItHas() {
		carla().document(UPDATE).variable("input", update(0, "town", "Astana")).execute()
			.path("updateNode.node").valueIsNull()
			.path("updateNode.userErrors[0].field").entityList(String.class).containsExactly("input", "set", "town")
			.path("updateNode.userErrors[0].code").entity(String.class).isEqualTo("FORMAT")
			.path("updateNode.userErrors[0].message").entity(String.class)
			.isEqualTo("'town' is not a field of a Conference; its fields are aim, alsoKnownAs, attendeeCategories, "
					+ "basis, cite, city, endDate, note, participantCount, reasoning, restsOn, startDate, title, unsourced");
		carla().document(UPDATE).variable("input", update(0, "note", "Refused before: nothing changed")).execute()
			.path("updateNode.node.version").entity(Integer.class).isEqualTo(1);
	}

}
