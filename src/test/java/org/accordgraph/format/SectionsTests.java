package org.accordgraph.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions;
import org.accordgraph.graphql.NodeTypes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The registry of node types and relationships, made of the features' sections, is the one list of
 * them: the database's unique keys, the search index, the GraphQL Node types and the schema's
 * {@code Relationship} enum each cover exactly what it holds, and a name it does not hold is
 * refused, never made into a label or a type.
 */
@AccordGraphTest
class SectionsTests {

	@Autowired
	Sections sections;

	@Autowired
	NodeTypes nodeTypes;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyLabelHasAUniqueKeyInTheDatabase() {
		Map<String, String> unique = new TreeMap<>();
		this.neo4j.query("""
				SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties
				WHERE type = 'UNIQUENESS' AND entityType = 'NODE' AND size(properties) = 1
				RETURN labelsOrTypes[0] AS label, properties[0] AS property""")
			.fetch()
			.all()
			.forEach(row -> unique.put((String) row.get("label"), (String) row.get("property")));
		assertThat(this.sections.labels()).isNotEmpty().allSatisfy(label -> assertThat(unique)
			.as("the migrations' unique keys").containsEntry(label.name(), label.keyProperty()));
	}

	@Test
	void theSearchIndexCoversLabelsOfTheGraph() {
		List<String> indexed = ApiAssertions.searchIndexLabels(this.neo4j);
		assertThat(indexed).isNotEmpty().allSatisfy(label -> assertThat(this.sections.label(label).name()).isEqualTo(label));
	}

	@Test
	void theNodeTypesAreTheSchemasAndEachIsALabel() {
		GraphQLSchema schema = this.graphQlSource.schema();
		Set<String> implementing = schema.getImplementations(schema.getTypeAs("Node"))
			.stream()
			.map(GraphQLObjectType::getName)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(new TreeSet<>(this.nodeTypes.names())).isEqualTo(implementing);
		assertThat(implementing).allSatisfy(type -> assertThat(this.sections.label(type).name()).isEqualTo(type));
	}

	@Test
	void theSchemasRelationshipsAreTheFormatsLinks() {
		List<String> relationship = this.graphQlSource.schema()
			.getTypeAs("Relationship")
			.getChildren()
			.stream()
			.map(value -> ((graphql.schema.GraphQLEnumValueDefinition) value).getName())
			.toList();
		assertThat(relationship).containsExactlyInAnyOrderElementsOf(this.sections.linkTypes());
		assertThat(this.sections.linkTypes()).allSatisfy(type -> assertThat(this.sections.relationshipType(type)).isNotNull());
	}

	@Test
	void aNameTheRegistryDoesNotHoldIsRefused() {
		for (String name : List.of("Conference) DETACH DELETE n //", "`Conference`", "Conference|Observance", "conference",
				"Change", "__Neo4jMigration", "")) {
			assertThatIllegalArgumentException().as(name).isThrownBy(() -> this.sections.label(name));
		}
		for (String name : List.of("HOSTED_BY]->() DETACH DELETE n //", "MIGRATED_TO", "hosted_by", "")) {
			assertThatIllegalArgumentException().as(name).isThrownBy(() -> this.sections.relationshipType(name));
		}
	}

}
