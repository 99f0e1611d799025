package org.accordgraph.format;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * The registry of the graph's node types and relationships, made of the features' sections of the
 * dataset format (Spring beans), in their order: each section's labels and key properties, its
 * relationship types, what each relationship stated as a fact may lead to, and how its Node types
 * are read. Everything that lists labels or relationship types derives from it: ids, search, the
 * exports, the schema's {@code Relationship} enum (checked by a test), the unique keys' migration
 * (checked by a test). Its {@link Label}s and {@link RelationshipType}s are the only values that
 * reach Cypher as a label or a type; a name it does not know is refused.
 */
@Component
public final class Sections {

	private final List<Section<?>> all;

	private final Map<String, Label> labels = new TreeMap<>();

	private final Map<String, RelationshipType> types = new TreeMap<>();

	/** What each relationship stated as a fact of its own may lead to, by {@code "<label> <type>"}. */
	private final Map<String, Set<String>> links = new LinkedHashMap<>();

	public Sections(List<Section<?>> sections) {
		this.all = sections.stream().sorted(Comparator.comparingInt(Section::order)).toList();
		for (Section<?> section : this.all) {
			section.labels().forEach((name, keyProperty) -> {
				Label label = new Label(name, keyProperty);
				Label before = this.labels.putIfAbsent(name, label);
				if (before != null && !before.keyProperty().equals(keyProperty)) {
					throw new IllegalStateException("Two sections key " + name + " differently");
				}
			});
			section.relationshipTypes().forEach(type -> this.types.putIfAbsent(type, new RelationshipType(type)));
			for (RelationshipField field : section.fields()) {
				if (field.kind().ownEvidence()) {
					this.links.put(section.label() + " " + field.type(), field.targets());
				}
			}
		}
		for (Section<?> section : this.all) {
			for (RelationshipField field : section.fields()) {
				field.targets().forEach(this::label);
			}
			section.nodeReadings().keySet().forEach(this::label);
		}
	}

	public List<Section<?>> all() {
		return this.all;
	}

	public Optional<Section<?>> named(String name) {
		return this.all.stream().filter(section -> section.name().equals(name)).findFirst();
	}

	/** The section whose own label this is; empty for a label written within another's entries. */
	public Optional<Section<?>> ofLabel(Label label) {
		return this.all.stream().filter(section -> label.name().equals(section.label())).findFirst();
	}

	/**
	 * The label of that name.
	 * @throws IllegalArgumentException if no section declares it
	 */
	public Label label(String name) {
		Label label = this.labels.get(name);
		if (label == null) {
			throw new IllegalArgumentException("'" + name + "' is not a label of the dataset format");
		}
		return label;
	}

	/** Every label, by name. */
	public List<Label> labels() {
		return List.copyOf(this.labels.values());
	}

	/**
	 * The relationship type of that name.
	 * @throws IllegalArgumentException if no section declares it
	 */
	public RelationshipType relationshipType(String name) {
		RelationshipType type = this.types.get(name);
		if (type == null) {
			throw new IllegalArgumentException("'" + name + "' is not a relationship type of the dataset format");
		}
		return type;
	}

	/** Every relationship type, by name. */
	public List<RelationshipType> relationshipTypes() {
		return List.copyOf(this.types.values());
	}

	/** What each relationship stated as a fact of its own may lead to, by {@code "<label> <type>"}. */
	public Map<String, Set<String>> links() {
		return this.links;
	}

	/** The types of the relationships stated as facts of their own, which records link and unlink. */
	public Set<String> linkTypes() {
		Set<String> types = new TreeSet<>();
		this.links.keySet().forEach(key -> types.add(key.substring(key.indexOf(' ') + 1)));
		return types;
	}

	/** How the nodes of each label that is a GraphQL {@code Node} type are read, by label. */
	public Map<Label, NodeReading<?>> nodeReadings() {
		Map<Label, NodeReading<?>> readings = new LinkedHashMap<>();
		this.all.forEach(section -> section.nodeReadings().forEach((name, reading) -> readings.put(label(name), reading)));
		return readings;
	}

}
