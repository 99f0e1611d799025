package org.accordgraph.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.neo4j.driver.types.MapAccessor;

/**
 * A {@link Section} described by its name, label, entry type, order, key and relationship fields,
 * and, declared in its constructor, what else it writes and how its nodes are read.
 */
public abstract class AbstractSection<E> implements Section<E> {

	private final Map<String, String> labels = new LinkedHashMap<>();

	private final Set<String> ownTypes = new TreeSet<>();

	private final Map<String, NodeReading<?>> readings = new LinkedHashMap<>();

	private final String name;

	private final String label;

	private final Class<E> entryType;

	private final int order;

	private final Function<E, String> key;

	private final List<RelationshipField> fields;

	/**
	 * @param label the label of the nodes its entries define; null for a section of relationships
	 */
	protected AbstractSection(String name, String label, Class<E> entryType, int order, Function<E, String> key,
				RelationshipField... fields) {
		this.name = name;
		this.label = label;
		this.entryType = entryType;
		this.order = order;
		this.key = key;
		this.fields = List.of(fields);
		if (label != null) {
			this.labels.put(label, "slug");
		}
	}

	/** Its own label's nodes are keyed by this property (an ISO code's {@code code}), not a slug. */
	protected final void keyedBy(String property) {
		this.labels.put(this.label, property);
	}

	/** Its entries also write nodes of this label, keyed by this property. */
	protected final void alsoDefines(String label, String keyProperty) {
		this.labels.put(label, keyProperty);
	}

	/** Its mapping also writes relationships of these types, besides those of its fields. */
	protected final void alsoRelates(String... types) {
		this.ownTypes.addAll(List.of(types));
	}

	/** Its own label's nodes are read as the GraphQL {@code Node} type of the same name. */
	protected final <T> void readAs(Class<T> type, Function<T, String> keyOf, Function<MapAccessor, T> mapper) {
		readAs(this.label, type, keyOf, mapper, "n");
	}

	/**
	 * The nodes of a label it defines are read as the GraphQL {@code Node} type of the same name,
	 * each read returning {@code projection} of the node {@code n}.
	 */
	protected final <T> void readAs(String label, Class<T> type, Function<T, String> keyOf,
			Function<MapAccessor, T> mapper, String projection) {
		this.readings.put(label, new NodeReading<>(type, keyOf, mapper, projection));
	}

	@Override
	public Map<String, String> labels() {
		return java.util.Collections.unmodifiableMap(this.labels);
	}

	@Override
	public Set<String> relationshipTypes() {
		Set<String> types = new TreeSet<>(Section.super.relationshipTypes());
		types.addAll(this.ownTypes);
		return types;
	}

	@Override
	public Map<String, NodeReading<?>> nodeReadings() {
		return Map.copyOf(this.readings);
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public Class<E> entryType() {
		return this.entryType;
	}

	@Override
	public String key(E entry) {
		return this.key.apply(entry);
	}

	@Override
	public int order() {
		return this.order;
	}

	@Override
	public List<RelationshipField> fields() {
		return this.fields;
	}

}
