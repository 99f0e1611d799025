package org.accordgraph.curation;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.accordgraph.ApiAssertions.HOSTING_2025;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.facts;
import static org.accordgraph.ApiAssertions.id;
import static org.accordgraph.ApiAssertions.send;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids crafted to reach Cypher (a type that is Cypher, backticks, a type that is no Node type, a key
 * that is not a key, ids too long) sent as an administrator to every query, mutation and
 * subscription that takes one, and names crafted to become a label or a relationship type sent
 * wherever a client names one (the change feed's types, a relationship to link, a record's links, a
 * section of an import): each is refused with a clear error (a {@code BAD_REQUEST} naming the
 * argument, a validation error, or the problem of its record), and the graph and the audit trail
 * are as they were.
 */
@AccordGraphTest
class CraftedIdsTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String ASTANA = id("Conference", "astana-2023");

	/** Crafted ids, each with what it tries. */
	static final Map<String, String> CRAFTED = crafted();

	private static Map<String, String> crafted() {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("a type that ends the pattern and deletes",
				id("Observance) DETACH DELETE n WITH count(*) AS gone MATCH (n:Conference", "astana-2023"));
		ids.put("a type in backticks", id("`Conference`", "astana-2023"));
		ids.put("a type with a label expression", id("Conference|Observance", "astana-2023"));
		ids.put("a key that ends the map and deletes", id("Conference", "astana-2023'}) DETACH DELETE n //"));
		ids.put("a type that is no Node type", id("NoSuchType", "astana-2023"));
		ids.put("a label of the graph that is no Node type", id("Citation", "astana-2023"));
		ids.put("a key too long", id("Conference", "a".repeat(5_000)));
		ids.put("no type", id("", "astana-2023"));
		ids.put("not base64", "not an id!");
		ids.put("empty", "");
		return ids;
	}

	/** Every argument or input field of type ID that a client sends, by root field: how to send one. */
	private static final Map<String, EntryPoint> ENTRY_POINTS = new LinkedHashMap<>();

	record EntryPoint(String document, String argument, Function<String, Map<String, Object>> variables,
			boolean subscription) {
	}

	static {
		ENTRY_POINTS.put("Query.node(id)", new EntryPoint("query($id: ID!) { node(id: $id) { id } }", "id",
				id -> Map.of("id", id), false));
		ENTRY_POINTS.put("Query.changes(entity)", new EntryPoint(
				"query($id: ID) { changes(entity: $id) { sequence } }", "entity", id -> Map.of("id", id), false));
		ENTRY_POINTS.put("Query.recentChanges(entities)", new EntryPoint(
				"query($id: ID!) { recentChanges(entities: [$id]) { sequence } }", "entities.0", id -> Map.of("id", id), false));
		ENTRY_POINTS.put("Mutation.updateNode(input.id)", mutation("updateNode", "UpdateNodeInput", "id",
				id -> Map.of("id", id, "expectedVersion", 0, "set", Map.of("note", "crafted"))));
		ENTRY_POINTS.put("Mutation.deleteNode(input.id)", mutation("deleteNode", "DeleteNodeInput", "id",
				id -> Map.of("id", id, "cascade", true)));
		ENTRY_POINTS.put("Mutation.restoreNode(input.id)", mutation("restoreNode", "RestoreNodeInput", "id",
				id -> Map.of("id", id, "sequence", 0)));
		ENTRY_POINTS.put("Mutation.linkNodes(input.from)", mutation("linkNodes", "LinkNodesInput", "from",
				id -> link(id, id("Organisation", "osce"))));
		ENTRY_POINTS.put("Mutation.linkNodes(input.to)", mutation("linkNodes", "LinkNodesInput", "to",
				id -> link(ASTANA, id)));
		ENTRY_POINTS.put("Mutation.unlinkNodes(input.from)", mutation("unlinkNodes", "UnlinkNodesInput", "from",
				id -> Map.of("from", id, "relationship", "CO_ORGANISED_BY", "to", id("Organisation", "unodc"))));
		ENTRY_POINTS.put("Mutation.unlinkNodes(input.to)", mutation("unlinkNodes", "UnlinkNodesInput", "to",
				id -> Map.of("from", ASTANA, "relationship", "CO_ORGANISED_BY", "to", id)));
		ENTRY_POINTS.put("Mutation.recordAssessment(input.subject)", mutation("recordAssessment",
				"RecordAssessmentInput", "subject", id -> assessment(id, null)));
		ENTRY_POINTS.put("Mutation.recordAssessment(input.fulfilledBy)", mutation("recordAssessment",
				"RecordAssessmentInput", "fulfilledBy", id -> assessment(HOSTING_2025, id)));
		ENTRY_POINTS.put("Subscription.nodeChanged(id)", new EntryPoint(
				"subscription($id: ID!) { nodeChanged(id: $id) { id } }", "id", id -> Map.of("id", id), true));
		ENTRY_POINTS.put("Subscription.changes(filter.entity)", new EntryPoint(
				"subscription($id: ID) { changes(filter: {entity: $id}) { sequence } }", "filter.entity",
				id -> Map.of("id", id), true));
	}

	private static EntryPoint mutation(String name, String inputType, String field,
			Function<String, Map<String, Object>> input) {
		return new EntryPoint("mutation($input: " + inputType + "!) { " + name
				+ "(input: $input) { userErrors { message } } }", field, id -> Map.of("input", input.apply(id)), false);
	}

	private static Map<String, Object> link(String from, String to) {
		return Map.of("from", from, "relationship", "CO_ORGANISED_BY", "to", to, "unsourced", true, "basis", "ASSUMED",
				"reasoning", "a crafted id");
	}

	private static Map<String, Object> assessment(String subject, String fulfilledBy) {
		Map<String, Object> input = new LinkedHashMap<>(Map.of("subject", subject, "status", "FULFILLED", "unsourced",
				true, "basis", "ASSUMED", "reasoning", "a crafted id", "date",
				Map.of("date", "2025", "basis", "ASSUMED", "reasoning", "a crafted id")));
		if (fulfilledBy != null) {
			input.put("fulfilledBy", fulfilledBy);
		}
		return input;
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Neo4jClient neo4j;

	@LocalServerPort
	int port;

	@Test
	void everyArgumentThatTakesAnIdIsTried() {
		assertThat(new TreeSet<>(ENTRY_POINTS.keySet())).isEqualTo(idArguments(this.graphQlSource.schema()));
	}

	@Test
	void everyCraftedIdIsRefusedNamingItsArgumentAndNothingChanges() {
		Map<String, Object> before = facts(this.neo4j);
		long changesBefore = changes();
		HttpGraphQlTester ada = signedIn(this.graphQl, basic("ada"));
		WebSocketGraphQlTester socket = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql-ws"), new StandardWebSocketClient())
			.build();
		try {
			ENTRY_POINTS.forEach((name, entry) -> CRAFTED.forEach((what, id) -> {
				List<ResponseError> errors = entry.subscription() ? subscriptionErrors(socket, entry, id)
						: httpErrors(ada, entry, id);
				assertThat(errors).as("%s given %s", name, what).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getExtensions()).containsEntry("argument", entry.argument());
					assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("at org.");
				});
			}));
		}
		finally {
			socket.stop().block(WAIT);
		}
		assertThat(facts(this.neo4j)).isEqualTo(before);
		assertThat(changes()).isEqualTo(changesBefore);
	}

	/** Names crafted to become a label or a type: Cypher, backticks, a label expression, bookkeeping. */
	static final List<String> CRAFTED_NAMES = List.of("Conference) DETACH DELETE n //", "`Conference`",
			"Conference|Observance", "HOSTED_BY]->() DETACH DELETE n //", "MIGRATED_TO", "Change", "__Neo4jMigration");

	@Test
	void everyCraftedNameIsRefusedAndNothingChanges() {
		Map<String, Object> before = facts(this.neo4j);
		long changesBefore = changes();
		WebSocketGraphQlTester socket = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql-ws"), new StandardWebSocketClient())
			.build();
		HttpGraphQlTester ada = signedIn(this.graphQl, basic("ada"));
		try {
			EntryPoint types = new EntryPoint("subscription($types: [String!]) { changes(filter: {types: $types}) { sequence } }",
					"filter.types", name -> Map.of("types", List.of(name)), true);
			for (String name : CRAFTED_NAMES) {
				assertThat(subscriptionErrors(socket, types, name)).as(name).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getExtensions()).containsEntry("argument", "filter.types");
				});
				ada.document("""
						mutation($input: LinkNodesInput!) { linkNodes(input: $input) { userErrors { message } } }""")
					.variable("input", Map.of("from", ASTANA, "relationship", name, "to", id("Organisation", "osce")))
					.execute()
					.errors()
					.satisfy(errors -> assertThat(errors).as(name).isNotEmpty()
						.allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("ValidationError")));
				ada.document("""
						mutation($input: CreateRecordsInput!) { createRecords(input: $input) { userErrors { field code } } }""")
					.variable("input", Map.of("records", Map.of("links", List.of(Map.of("from", "astana-2023", "type", name,
							"to", "osce", "unsourced", true, "basis", "ASSUMED", "reasoning", "a crafted name")))))
					.execute()
					.path("createRecords.userErrors[*].code")
					.entityList(String.class)
					.satisfies(codes -> assertThat(codes).as(name).isNotEmpty());
				String yaml = "\"" + name.replace("\"", "") + "\":\n  - {slug: crafted, name: Crafted, kind: NGO}\n";
				assertThat(send(this.port, "POST", "/import", yaml, "Content-Type", "application/yaml", "Authorization",
						basic("ada")).statusCode()).as(name).isEqualTo(422);
			}
		}
		finally {
			socket.stop().block(WAIT);
		}
		assertThat(facts(this.neo4j)).isEqualTo(before);
		assertThat(changes()).isEqualTo(changesBefore);
	}

	@Test
	void anIdOfAnotherKindThanTheArgumentTakesIsRefusedNamingIt() {
		signedIn(this.graphQl, basic("carla")).document(ENTRY_POINTS.get("Mutation.recordAssessment(input.subject)")
			.document())
			.variable("input", assessment(id("Country", "KZ"), null))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'subject'", "the id of a Country",
						"must be the id of a Commitment or a LegalInstrument");
			}));
	}

	private static List<ResponseError> httpErrors(HttpGraphQlTester client, EntryPoint entry, String id) {
		List<ResponseError> errors = new ArrayList<>();
		HttpGraphQlTester.Request<?> request = client.document(entry.document());
		entry.variables().apply(id).forEach(request::variable);
		request.execute().errors().satisfy(errors::addAll);
		return errors;
	}

	private static List<ResponseError> subscriptionErrors(WebSocketGraphQlTester socket, EntryPoint entry, String id) {
		var request = socket.document(entry.document());
		entry.variables().apply(id).forEach(request::variable);
		Throwable refused = request.executeSubscription().toFlux().then().map(done -> (Throwable) null)
			.onErrorResume(error -> reactor.core.publisher.Mono.just(error))
			.block(WAIT);
		assertThat(refused).as("%s refused", entry.document())
			.isInstanceOf(org.springframework.graphql.client.SubscriptionErrorException.class);
		return ((org.springframework.graphql.client.SubscriptionErrorException) refused).getErrors();
	}

	private long changes() {
		return this.neo4j.query("MATCH (c:Change) RETURN count(c)").fetchAs(Long.class).one().orElseThrow();
	}

	/** Every root field's argument, or field of its input, of type ID, as {@code Root.field(path)}. */
	private static Set<String> idArguments(GraphQLSchema schema) {
		Set<String> found = new TreeSet<>();
		for (GraphQLObjectType root : new GraphQLObjectType[] { schema.getQueryType(), schema.getMutationType(),
				schema.getSubscriptionType() }) {
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				for (GraphQLArgument argument : field.getArguments()) {
					collect(root.getName() + "." + field.getName(), argument.getName(), argument.getType(), found,
							new TreeSet<>());
				}
			}
		}
		return found;
	}

	private static void collect(String field, String path, GraphQLType type, Set<String> found, Set<String> seen) {
		GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
		if (GraphQLTypeUtil.simplePrint(named).equals("ID")) {
			found.add(field + "(" + path + ")");
		}
		else if (named instanceof GraphQLInputObjectType input && seen.add(input.getName())) {
			for (GraphQLInputObjectField inner : input.getFieldDefinitions()) {
				collect(field, path + "." + inner.getName(), inner.getType(), found, seen);
			}
		}
	}

}
