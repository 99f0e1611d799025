package org.accordgraph.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions;
import org.accordgraph.format.Label;
import org.accordgraph.format.Sections;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact answers the same basis and citations however it is reached: through every list of every
 * object that takes {@code basis}, as by its own id; and a list asked for {@code [STATED]} facts
 * holds none that is not stated, nor one that is in it only by an inferred link.
 */
@AccordGraphTest
class BasisEverywhereTests {

	private static final String FACT = """
			query($id: ID!) { node(id: $id) { ... on Cited { basis citations { quote } } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource source;

	@Autowired
	Sections sections;

	@Autowired
	Neo4jClient neo4j;

	/** A list field of a node type that takes {@code basis} and holds nodes that are facts. */
	record EntryPoint(String type, String field) {
	}

	private List<EntryPoint> entryPoints() {
		GraphQLSchema schema = this.source.schema();
		GraphQLInterfaceType cited = (GraphQLInterfaceType) schema.getType("Cited");
		GraphQLInterfaceType node = (GraphQLInterfaceType) schema.getType("Node");
		List<EntryPoint> entryPoints = new ArrayList<>();
		for (GraphQLObjectType type : schema.getImplementations(node)) {
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				GraphQLType list = GraphQLTypeUtil.unwrapNonNull(field.getType());
				if (field.getArgument("basis") == null || !GraphQLTypeUtil.isList(list)) {
					continue;
				}
				if (GraphQLTypeUtil.unwrapAll(list) instanceof GraphQLImplementingType item
						&& item.getInterfaces().containsAll(List.of(node, cited))) {
					entryPoints.add(new EntryPoint(type.getName(), field.getName()));
				}
			}
		}
		return entryPoints;
	}

	private List<String> idsOf(String type) {
		Label label = this.sections.labels().stream().filter(l -> l.name().equals(type)).findFirst().orElse(null);
		if (label == null) {
			return List.of();
		}
		return this.neo4j.query("MATCH (n:%s) RETURN n.%2$s ORDER BY n.%2$s".formatted(label, label.keyProperty()))
			.fetchAs(String.class)
			.all()
			.stream()
			.map(key -> ApiAssertions.id(type, key))
			.toList();
	}

	@Test
	void everyListAnswersEachFactAsItsOwnIdDoesAndStatedListsHoldOnlyStatedFacts() {
		List<EntryPoint> entryPoints = entryPoints();
		assertThat(entryPoints).extracting(EntryPoint::field).contains("commitments", "editions");
		Map<String, Map<String, Object>> byId = new HashMap<>();
		int facts = 0;
		for (EntryPoint entry : entryPoints) {
			String document = """
					query($id: ID!) { node(id: $id) { ... on %s {
					  all: %s { id ... on Cited { basis citations { quote } } }
					  stated: %2$s(basis: [STATED]) { id ... on Cited { basis } }
					} } }""".formatted(entry.type(), entry.field());
			for (String parent : idsOf(entry.type())) {
				var answer = this.graphQl.document(document).variable("id", parent).execute();
				List<Map<String, Object>> all = answer.path("node.all").entityList(mapType()).get();
				List<Map<String, Object>> stated = answer.path("node.stated").entityList(mapType()).get();
				String where = entry.type() + "." + entry.field() + " of " + ApiAssertions.typeAndKey(parent);
				for (Map<String, Object> fact : all) {
					String id = (String) fact.get("id");
					Map<String, Object> own = byId.computeIfAbsent(id, key -> this.graphQl.document(FACT)
						.variable("id", key)
						.execute()
						.path("node")
						.entity(mapType())
						.get());
					assertThat(fact).as(where + ": " + ApiAssertions.typeAndKey(id)).containsAllEntriesOf(own);
					facts++;
				}
				assertThat(stated).as(where).allSatisfy(fact -> assertThat(fact.get("basis")).isEqualTo("STATED"));
				assertThat(all.stream().map(fact -> fact.get("id")).toList()).as(where)
					.containsAll(stated.stream().map(fact -> fact.get("id")).toList());
			}
		}
		assertThat(facts).isGreaterThan(50);
	}

	/** A commitment's theme is a curator's classification: a stated commitment, on its theme by inference. */
	@Test
	void aStatedListLeavesOutAFactThatIsInItOnlyByAnInferredLink() {
		this.graphQl.document("""
				query($theme: Theme!) { theme(theme: $theme) {
				  all: commitments { slug basis }
				  stated: commitments(basis: [STATED]) { slug }
				} }""")
			.variable("theme", "PROSECUTION")
			.execute()
			.path("theme.all[*].slug").entityList(String.class).containsExactly("unodc-support-regional-mechanisms")
			.path("theme.all[0].basis").entity(String.class).isEqualTo("STATED")
			.path("theme.stated").entityList(Object.class).hasSize(0);
		this.graphQl.document("""
				query($theme: Theme!) {
				  all: commitments(filter: {theme: $theme}) { edges { node { slug } } }
				  stated: commitments(filter: {theme: $theme, basis: [STATED]}) { edges { node { slug } } }
				}""")
			.variable("theme", "PROSECUTION")
			.execute()
			.path("all.edges[*].node.slug").entityList(String.class).containsExactly("unodc-support-regional-mechanisms")
			.path("stated.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void aFilterNamingWhatTheGraphDoesNotHoldIsRefusedNamingIt() {
		this.graphQl.document("query($party: String!) { commitments(filter: {party: $party}) { totalCount } }")
			.variable("party", "XX")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("filter.party", "'XX'", "country's ISO code");
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
		this.graphQl.document("query($origin: String!) { commitments(filter: {madeIn: $origin}) { totalCount } }")
			.variable("origin", "bukhara-2021")
			.execute()
			.path("commitments.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
		this.graphQl.document("query($series: String!) { conferences(filter: {series: $series}) { totalCount } }")
			.variable("series", "no-such-series")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("filter.series", "conference series")));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Class<Map<String, Object>> mapType() {
		return (Class) Map.class;
	}

}
