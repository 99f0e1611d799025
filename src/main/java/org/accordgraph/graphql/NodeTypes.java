package org.accordgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Component;

/** Every {@link NodeType} the features declare, by name: to find, identify and map any node. */
@Component
public class NodeTypes {

	private final Map<String, NodeType<?>> byName;

	NodeTypes(List<NodeType<?>> types) {
		this.byName = types.stream().collect(Collectors.toMap(NodeType::name, Function.identity()));
	}

	/** The names of the Node types. */
	public java.util.Set<String> names() {
		return this.byName.keySet();
	}

	public Optional<NodeType<?>> named(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/**
	 * The object named {@code "<Node type>:<key>"}, such as {@code "Conference:astana-2023"}.
	 * @return empty if no Node type has that name or nothing has that key
	 */
	public Optional<Object> find(String typeAndKey) {
		int colon = typeAndKey.indexOf(':');
		return named(typeAndKey.substring(0, Math.max(colon, 0)))
			.flatMap(type -> type.finder().apply(typeAndKey.substring(colon + 1)).map(Object.class::cast));
	}

	/** The object of that Node type and key; null if there is none. */
	public Object find(String type, String key) {
		return find(type + ":" + key).orElse(null);
	}

	/**
	 * The object a graph node stands for, by the first of its labels that names a Node type.
	 * @throws IllegalArgumentException if none does
	 */
	public Object map(Node node) {
		for (String label : node.labels()) {
			NodeType<?> type = this.byName.get(label);
			if (type != null) {
				return type.mapper().apply(node);
			}
		}
		throw new IllegalArgumentException("No Node type for a node labelled " + node.labels());
	}

}
