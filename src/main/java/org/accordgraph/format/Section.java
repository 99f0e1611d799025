package org.accordgraph.format;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;

/**
 * A section of the dataset format, owned by the feature whose records it holds: the type of its
 * entries, the labels and relationship types they are written as, how they are checked and
 * written (through a {@link Mapping}, the rules all sections share), how the graph is read back
 * into them, and how its nodes are read as GraphQL {@code Node} types. Import, export and
 * curators' mutations all go through it. Sections are Spring beans; {@link Sections} is the
 * registry made of them, from which everything that lists labels or relationship types derives.
 * @param <E> the type of its entries, read from YAML or JSON
 */
public interface Section<E> {

	/** Its name in a dataset file, such as {@code conferences}. */
	String name();

	/** The label of the nodes its entries define; null for a section of relationships. */
	String label();

	Class<E> entryType();

	/** The key of an entry, which names it in problems. */
	String key(E entry);

	/**
	 * Where it comes in the order of sections: a section may refer to records a section before it
	 * defines within an entry (an assessment to a commitment's history), and passages come before
	 * any fact that cites them.
	 */
	int order();

	/**
	 * Every label its entries are written as, with the property that holds their keys: its own
	 * label first, then those of what an entry holds within it (a person's posts).
	 */
	default Map<String, String> labels() {
		return (label() != null) ? Map.of(label(), "slug") : Map.of();
	}

	/**
	 * Every type of relationship its entries are written as: those of its relationship fields, and
	 * those its mapping writes itself (a person's {@code HELD}).
	 */
	default Set<String> relationshipTypes() {
		Set<String> types = new java.util.TreeSet<>();
		fields().forEach(field -> types.add(field.type()));
		return types;
	}

	/** How the nodes of each of its labels that are GraphQL {@code Node} types are read, by label. */
	default Map<String, NodeReading<?>> nodeReadings() {
		return Map.of();
	}

	/** The relationships its entries state as fields, each with the labels it may lead to. */
	default List<RelationshipField> fields() {
		return List.of();
	}

	/** Defines the keys of the entry, before any entry is mapped: records may refer to each other in any order. */
	default void define(E entry, Mapping mapping) {
		mapping.define(key(entry), label());
	}

	/** Checks the entry and adds its nodes and relationships to the mapping's plan. */
	void map(E entry, Mapping mapping);

	/** The file of the source's text an entry names, relative to its dataset file; null for most. */
	default String textFile(E entry) {
		return null;
	}

	/**
	 * The statement reading the section's records back, each with what its entry holds, as
	 * {@code n} (the node of its label, as the registry gives it) and {@code out} (its outgoing
	 * relationships); {@code where} narrows it to one node. Null for a section whose records are
	 * exported as fields of others'.
	 */
	default String exportQuery(Label label, String where) {
		return (label != null) ? EntryFields.query(label, where) : null;
	}

	/** An entry as the export writes it, from a row of {@link #exportQuery}. */
	default Map<String, Object> exportEntry(Record row, SourceTexts texts) {
		return EntryFields.entry(row, fields());
	}

	/** Where the texts of exported sources go. */
	@FunctionalInterface
	interface SourceTexts {

		void sourceText(String slug, String fileName, String text);

	}

}
