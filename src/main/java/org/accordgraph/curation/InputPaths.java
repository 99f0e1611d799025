package org.accordgraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.dataset.Problem;

/**
 * Where, in a mutation's input, a problem found in the records it became lies. The mutation's
 * main record is a section of its own; its fields keep their names in the input except those
 * {@code renamed}. Relationships share the mutation's evidence, so a problem with a
 * relationship's citations, basis or reasoning is one of the input's. The passages made of the
 * input's citations are in its {@code passages} section, in order.
 */
final class InputPaths {

	private static final Map<String, String> EVIDENCE = Map.of("cite", "citations", "basis", "basis", "reasoning",
			"reasoning", "restsOn", "restsOn");

	private static final Set<String> LINK_FIELDS = Set.of("to", "note", "delegation");

	private final Map<String, String> renamed;

	private final String passagesField;

	/**
	 * @param renamed input names of the main record's fields, by their names in the dataset format
	 * @param passagesField the input list the passages were made from ({@code citations} or {@code passages})
	 */
	InputPaths(Map<String, String> renamed, String passagesField) {
		this.renamed = renamed;
		this.passagesField = passagesField;
	}

	/** Problems of an imported file keep its own names: the file and record, then the field. */
	static final InputPaths FILES = new InputPaths(Map.of(), "");

	/** Problems of records given in the dataset format keep its names, under {@code input.records}. */
	static final InputPaths RECORDS = new InputPaths(Map.of(), "");

	/** Problems of a record edited in the dataset format keep its names, under {@code input.set}. */
	static final InputPaths SET = new InputPaths(Map.of(), "");

	UserError of(Problem problem) {
		if (this == FILES) {
			return new UserError(List.of(problem.record(), problem.field()), problem.message(), problem.rule().name());
		}
		if (this == RECORDS || this == SET) {
			List<String> path = new ArrayList<>(List.of("input", (this == SET) ? "set" : "records"));
			if (this == RECORDS && !problem.section().isEmpty()) {
				path.add(problem.section());
				if (problem.index() >= 0) {
					path.add(String.valueOf(problem.index()));
				}
			}
			for (String part : problem.field().isEmpty() ? new String[0] : problem.field().split("\\.")) {
				int bracket = part.indexOf('[');
				path.add((bracket >= 0) ? part.substring(0, bracket) : part);
				if (bracket >= 0) {
					path.add(part.substring(bracket + 1, part.length() - 1));
				}
			}
			return new UserError(path, problem.message(), problem.rule().name());
		}
		return new UserError(path(problem), problem.message(), problem.rule().name());
	}

	private List<String> path(Problem problem) {
		List<String> path = new ArrayList<>(List.of("input"));
		if (problem.section().equals("passages")) {
			path.add(this.passagesField);
			path.add(String.valueOf(problem.index()));
			if (!problem.field().isEmpty()) {
				path.add(problem.field().equals("name") ? "quote" : problem.field());
			}
			return path;
		}
		String[] parts = problem.field().isEmpty() ? new String[0] : problem.field().split("\\.");
		String last = (parts.length > 0) ? parts[parts.length - 1] : "";
		if (parts.length > 1 && EVIDENCE.containsKey(last)) {
			path.add(EVIDENCE.get(last));
			return path;
		}
		for (String part : parts) {
			if (LINK_FIELDS.contains(part) && path.size() > 1) {
				continue;
			}
			int bracket = part.indexOf('[');
			String name = (bracket >= 0) ? part.substring(0, bracket) : part;
			path.add(this.renamed.getOrDefault(name, EVIDENCE.getOrDefault(name, name)));
			if (bracket >= 0) {
				path.add(part.substring(bracket + 1, part.length() - 1));
			}
		}
		return path;
	}

}
