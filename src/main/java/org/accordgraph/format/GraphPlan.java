package org.accordgraph.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes and relationships a dataset becomes, ready to be written in one transaction. Nodes
 * are identified by label and key (the ISO code of a country or theme, the key of a citation,
 * the slug of everything else).
 */
public final class GraphPlan {

	public record NodeRow(String label, Map<String, Object> properties) {
		public Object key() {
			return this.properties.get(keyProperty(this.label));
		}
	}

	public record RelationshipRow(String fromLabel, Object fromKey, String type, String toLabel, Object toKey,
			Map<String, Object> properties) {
	}

	/** A relationship that changes its type, keeping its properties: a current fact becoming a past one. */
	public record Retyped(String fromLabel, Object fromKey, String type, String newType, String toLabel, Object toKey) {
	}

	private final List<NodeRow> nodes = new ArrayList<>();

	private final List<Retyped> retyped = new ArrayList<>();

	private final List<RelationshipRow> relationships = new ArrayList<>();

	public static String keyProperty(String label) {
		return Keys.property(label);
	}

	/** Adds a node; properties whose value is null or an empty list are left out. */
	public void node(String label, Map<String, Object> properties) {
		this.nodes.add(new NodeRow(label, withoutEmpty(properties)));
	}

	public void relationship(String fromLabel, Object fromKey, String type, String toLabel, Object toKey,
			Map<String, Object> properties) {
		this.relationships.add(new RelationshipRow(fromLabel, fromKey, type, toLabel, toKey, withoutEmpty(properties)));
	}

	public void replaced(String fromLabel, Object fromKey, String type, String newType, String toLabel, Object toKey) {
		this.retyped.add(new Retyped(fromLabel, fromKey, type, newType, toLabel, toKey));
	}

	public List<Retyped> retyped() {
		return this.retyped;
	}

	public List<NodeRow> nodes() {
		return this.nodes;
	}

	public List<RelationshipRow> relationships() {
		return this.relationships;
	}

	public static Map<String, Object> withoutEmpty(Map<String, Object> properties) {
		Map<String, Object> result = new LinkedHashMap<>();
		properties.forEach((name, value) -> {
			if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
				result.put(name, value);
			}
		});
		return result;
	}

}
