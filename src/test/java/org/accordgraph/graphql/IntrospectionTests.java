package org.accordgraph.graphql;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.language.ObjectTypeDefinition;
import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.assertRefused;
import static org.accordgraph.ApiAssertions.nested;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The introspection queries that GraphiQL, code generators and Apollo's tools send are answered in
 * full; introspection that repeats or nests absurdly is refused; the depth and complexity limits
 * count the rest of a request as before.
 */
@AccordGraphTest
class IntrospectionTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@ValueSource(strings = { "graphql-js-16-default", "graphql-js-16-all-options", "graphql-js-17-all-options",
			"graphiql-5" })
	void theToolsIntrospectionQueriesGiveTheWholeSchemaWithItsDescriptions(String tool) {
		Map<String, Object> introspection = this.graphQl.mutate()
			.webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)))
			.build()
			.documentName("introspection/" + tool)
			.execute()
			.errors()
			.verify()
			.path("__schema")
			.entity(Map.class)
			.get();
		Document schema = new IntrospectionResultToSchema().createSchemaDefinition(Map.of("__schema", introspection));
		ObjectTypeDefinition commitment = schema.getDefinitionsOfType(ObjectTypeDefinition.class)
			.stream()
			.filter(type -> type.getName().equals("Commitment"))
			.findFirst()
			.orElseThrow();
		assertThat(commitment.getDescription().getContent()).isNotBlank();
		assertThat(commitment.getFieldDefinitions()).extracting("name").contains("text", "parties", "statusHistory");
	}

	@Test
	void apolloKotlinsProbeOfFiveTypesIsAnswered() {
		this.graphQl.documentName("introspection/apollo-kotlin-probe")
			.execute()
			.errors()
			.verify()
			.path("type.fields[*].name")
			.entityList(String.class)
			.contains("fields", "inputFields", "ofType");
	}

	@Test
	void typeListsNestedAbsurdlyAreRefused() {
		String deep = "{ __schema { types { " + nested("fields { type { ", 40, "name") + " } } }";
		this.graphQl.document(deep)
			.execute()
			.errors()
			.satisfy(errors -> {
				assertRefused(errors, "max-introspection-nesting", "2");
				assertThat(errors.get(0).getMessage()).contains("nests 3 lists of types");
			});
	}

	@Test
	void hundredsDeepNoDocumentIsEvenRead() {
		String deep = "{ __schema { types { " + nested("fields { type { ", 300, "name") + " } } }";
		this.graphQl.document(deep)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("InvalidSyntax");
				assertThat(error.getMessage()).contains("More than 500 deep 'grammar' rules")
					.contains("parsing has been cancelled");
			}));
	}

	@Test
	void threeNestedTypeListsAreOneTooMany() {
		this.graphQl.document("{ __type(name: \"Query\") { fields { type { possibleTypes { interfaces { name } } } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertRefused(errors, "max-introspection-nesting", "2"));
		this.graphQl.document("{ __type(name: \"Query\") { fields { type { possibleTypes { name } } } } }")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void repeatedIntrospectionIsRefused() {
		String repeated = IntStream.range(0, 200)
			.mapToObj(i -> "s" + i + ": __schema { types { name } }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		this.graphQl.document(repeated)
			.execute()
			.errors()
			.satisfy(errors -> assertRefused(errors, "max-introspection-fields", "500"));
	}

	@Test
	void repetitionThroughFragmentsIsCountedToo() {
		this.graphQl.document("""
				query { __schema { types { ...A ...B ...C } } }
				fragment A on __Type { a1: fields { ...F } a2: fields { ...F } a3: fields { ...F } a4: fields { ...F }
				  a5: fields { ...F } a6: fields { ...F } a7: fields { ...F } a8: fields { ...F } }
				fragment B on __Type { b1: inputFields { ...V } b2: inputFields { ...V } b3: inputFields { ...V } }
				fragment C on __Type { c1: enumValues { name } c2: enumValues { name } }
				fragment F on __Field { n1: name n2: name args { ...V } type { ...T } }
				fragment V on __InputValue { name description defaultValue type { ...T } }
				fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
				  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }""")
			.execute()
			.errors()
			.satisfy(errors -> assertRefused(errors, "max-introspection-fields", "500"));
	}

	@Test
	void introspectionBesideDataLeavesTheDataToTheUsualLimits() {
		this.graphQl.document("{ __schema { types { fields { type { " + nested("ofType { ", 9, "name")
				+ " } } } } country(code: \"KZ\") { name } }")
			.execute()
			.errors()
			.verify()
			.path("country.name")
			.entity(String.class)
			.isEqualTo("Kazakhstan");
		String deep = "{ __schema { queryType { name } } organisation(slug: \"inl\") { "
				+ nested("partOf { organisation { ", 6, "name") + " } }";
		this.graphQl.document(deep).execute().errors().satisfy(errors -> {
			assertRefused(errors, "max-depth", "12");
			assertThat(errors.get(0).getMessage()).contains("14 deep");
		});
	}

}
