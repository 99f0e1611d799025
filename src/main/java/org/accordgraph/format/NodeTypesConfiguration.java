package org.accordgraph.format;

import java.util.List;
import java.util.Map;

import org.accordgraph.graphql.NodeType;
import org.accordgraph.graphql.NodeTypes;
import org.accordgraph.neo4j.Lookup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The GraphQL {@code Node} types, derived from the sections' readings of their labels: each found
 * by its key, in the label's own key property, and read as its sections read it.
 */
@Configuration(proxyBeanMethods = false)
class NodeTypesConfiguration {

	@Bean
	NodeTypes nodeTypes(Sections sections, Neo4jClient neo4j) {
		List<NodeType<?>> types = sections.nodeReadings()
			.entrySet()
			.stream()
			.<NodeType<?>>map(reading -> nodeType(reading, neo4j))
			.toList();
		return new NodeTypes(types);
	}

	private static <T> NodeType<T> nodeType(Map.Entry<Label, NodeReading<?>> entry, Neo4jClient neo4j) {
		Label label = entry.getKey();
		@SuppressWarnings("unchecked")
		NodeReading<T> reading = (NodeReading<T>) entry.getValue();
		String lookup = "MATCH (n:%s {%s: $key}) RETURN %s".formatted(label, label.keyProperty(), reading.projection());
		return new NodeType<>(label.name(), reading.javaType(), reading.keyOf(),
				key -> Lookup.byKey(neo4j, lookup, key, reading.mapper()), reading.mapper(), reading.projection());
	}

}
