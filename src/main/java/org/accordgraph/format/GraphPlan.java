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

	public record NodeRow(Label label, Map<String, Object> properties) {
		public Object key() {
			return this.properties.get(this.label.keyProperty());
		}
	}

	public record RelationshipRow(Label fromLabel, Object fromKey, RelationshipType type, Label toLabel, Object toKey,
			Map<String, Object> properties) {
	}

	/** A relationship that changes its type, keeping its properties: a current fact becoming a past one. */
	public record Retyped(Label fromLabel, Object fromKey, RelationshipType type, RelationshipType newType,
			Label toLabel, Object toKey) {
	}

	private final Sections sections;

	/** A plan whose labels and types are those of the sections; any other name is refused. */
	GraphPlan(Sections sections) {
		this.sections = sections;
	}

	private final List<NodeRow> nodes = new ArrayList<>();

	private final List<Retyped> retyped = new ArrayList<>();

	private final List<RelationshipRow> relationships = new ArrayList<>();

	/** Adds a node; properties whose value is null or an empty list are left out. */
	public void node(String label, Map<String, Object> properties) {
		this.nodes.add(new NodeRow(this.sections.label(label), withoutEmpty(properties)));
	}

	public void relationship(String fromLabel, Object fromKey, String type, String toLabel, Object toKey,
			Map<String, Object> properties) {
		this.relationships.add(new RelationshipRow(this.sections.label(fromLabel), fromKey,
				this.sections.relationshipType(type), this.sections.label(toLabel), toKey, withoutEmpty(properties)));
	}

	public void replaced(String fromLabel, Object fromKey, String type, String newType, String toLabel, Object toKey) {
		this.retyped.add(new Retyped(this.sections.label(fromLabel), fromKey, this.sections.relationshipType(type),
				this.sections.relationshipType(newType), this.sections.label(toLabel), toKey));
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
