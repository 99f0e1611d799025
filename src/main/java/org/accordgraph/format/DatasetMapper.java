package org.accordgraph.format;

import java.util.List;
import java.util.Map;

import org.accordgraph.format.Problem.Rule;

import org.springframework.stereotype.Component;

/**
 * Checks a dataset and turns it into the nodes and relationships of the graph, section by
 * section, each by the feature that owns it. Every problem is collected, each naming file, record
 * and field, and reported together: a dataset with one bad record yields no plan at all.
 */
@Component
final class DatasetMapper {

	private final Sections sections;

	DatasetMapper(Sections sections) {
		this.sections = sections;
	}

	/**
	 * A dataset that defines everything it names.
	 * @param sourceTexts the text of each source that names a text file, by source slug
	 */
	GraphPlan map(List<Document> documents, Map<String, String> sourceTexts) {
		return map(documents, sourceTexts, GraphRecords.NONE, WriteMode.MERGE);
	}

	/**
	 * A dataset that may name records already in the graph. Every key is defined first, so that
	 * records may refer to each other in any order; then the sections are mapped in their order.
	 * @param sourceTexts the text of each source that names a text file, by source slug
	 */
	GraphPlan map(List<Document> documents, Map<String, String> sourceTexts, GraphRecords graph, WriteMode mode) {
		Mapping mapping = new Mapping(this.sections, sourceTexts, graph, mode == WriteMode.CREATE);
		for (Document document : documents) {
			for (Section<?> section : this.sections.all()) {
				define(document, section, mapping);
			}
		}
		for (Section<?> section : this.sections.all()) {
			for (Document document : documents) {
				map(document, section, mapping);
			}
		}
		if (mode == WriteMode.MERGE) {
			mapping.requireEveryPassageCited();
		}
		if (!mapping.problems().isEmpty()) {
			throw new DatasetException(mapping.problems());
		}
		return mapping.plan();
	}

	private static <E> void define(Document document, Section<E> section, Mapping mapping) {
		List<E> entries = document.dataset().of(section);
		for (int i = 0; i < entries.size(); i++) {
			if (at(document, section, entries.get(i), i, mapping)) {
				String tooLong = FieldLimits.longField(entries.get(i), "");
				if (tooLong != null) {
					mapping.problem(Rule.FORMAT, tooLong, FieldLimits.TOO_LONG);
				}
				section.define(entries.get(i), mapping);
			}
			else {
				mapping.problem(Rule.REQUIRED, "", "is empty");
			}
		}
	}

	private static <E> void map(Document document, Section<E> section, Mapping mapping) {
		List<E> entries = document.dataset().of(section);
		for (int i = 0; i < entries.size(); i++) {
			if (at(document, section, entries.get(i), i, mapping)) {
				section.map(entries.get(i), mapping);
			}
		}
	}

	/**
	 * Points the mapping's problems at the entry, as {@code "file section[i] (key)"}.
	 * @return false for an empty entry
	 */
	private static <E> boolean at(Document document, Section<E> section, E entry, int index, Mapping mapping) {
		String key = (entry != null) ? section.key(entry) : null;
		mapping.at(document.name() + " " + section.name() + "[" + index + "]" + ((key != null) ? " (" + key + ")" : ""),
				section.name(), index);
		return entry != null;
	}

}
