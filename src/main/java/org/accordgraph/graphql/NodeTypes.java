package org.accordgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.types.Node;


/**
 * Every {@link NodeType}, by name: to find, identify and map any node. The format's registry of
 * sections makes the one instance, from the labels the sections read as Node types.
 */
public class NodeTypes {

	private final Map<String, NodeType<?>> byName;

	public NodeTypes(List<NodeType<?>> types) {
		this.byName = types.stream().collect(Collectors.toMap(NodeType::name, Function.identity()));
	}

	/**
	 * The id a client sent, decoded once, at the edge: its type is one of the Node types.
	 * @param argument the argument (or input field) that holds it, which an error names
	 * @throws InvalidArgumentException naming the argument, if it is not an id of a Node type
	 */
	public GlobalId decode(String id, String argument) {
		String[] parts = GlobalId.parts(id, argument);
		NodeType<?> type = this.byName.get(parts[0]);
		if (type == null) {
			throw GlobalId.notAnId(id, argument);
		}
		return new GlobalId(type.name(), parts[1]);
	}

	/**
	 * The id a client sent, of one of the types an argument takes.
	 * @throws InvalidArgumentException naming the argument and the types it takes, if it is the id
	 * of another type, or not an id at all
	 */
	public GlobalId decode(String id, String argument, java.util.Set<String> types) {
		GlobalId decoded = decode(id, argument);
		if (!types.contains(decoded.type())) {
			throw new InvalidArgumentException(argument, "is the id of a " + decoded.type() + "; it must be the id of a "
					+ String.join(" or a ", new java.util.TreeSet<>(types)));
		}
		return decoded;
	}

	/** The names of the Node types. */
	public java.util.Set<String> names() {
		return this.byName.keySet();
	}

	public Optional<NodeType<?>> named(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/**
	 * The key that names an object of a Node type, such as a country's ISO code or an
	 * organisation's slug.
	 * @throws IllegalArgumentException if it is of no Node type
	 */
	public String keyOf(Object source) {
		return this.byName.values().stream()
			.filter(type -> type.javaType().isInstance(source))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not of a Node type: " + source.getClass()))
			.globalIdOf(source)
			.key();
	}

	/** The object an id names; empty if nothing has that key. */
	public Optional<Object> find(GlobalId id) {
		return this.byName.get(id.type()).finder().apply(id.key()).map(Object.class::cast);
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

	/** The object of the Node type read as {@code javaType}, of that key; empty if there is none. */
	public <T> Optional<T> find(Class<T> javaType, String key) {
		return this.byName.values()
			.stream()
			.filter(type -> type.javaType() == javaType)
			.findFirst()
			.flatMap(type -> type.finder().apply(key))
			.map(javaType::cast);
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
