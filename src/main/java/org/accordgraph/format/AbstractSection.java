package org.accordgraph.format;

import java.util.List;
import java.util.function.Function;

/** A {@link Section} described by its name, label, entry type, order, key and relationship fields. */
public abstract class AbstractSection<E> implements Section<E> {

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
