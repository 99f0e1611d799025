package org.accordgraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.format.Problem;

/** Where, in what a curator sent, a problem found in the records it became lies. */
@FunctionalInterface
interface InputPaths {

	/** Problems of an imported file keep its own names: the file and record, then the field. */
	InputPaths FILES = problem -> new UserError(List.of(problem.record(), problem.field()), problem.message(),
			problem.rule().name());

	/** Problems of records given in the dataset format keep its names, under {@code input.records}. */
	InputPaths RECORDS = problem -> {
		List<String> path = new ArrayList<>(List.of("input", "records"));
		if (!problem.section().isEmpty()) {
			path.add(problem.section());
			if (problem.index() >= 0) {
				path.add(String.valueOf(problem.index()));
			}
		}
		path.addAll(fieldPath(problem.field()));
		return new UserError(path, problem.message(), problem.rule().name());
	};

	/** Problems of a record edited in the dataset format keep its names, under {@code input.set}. */
	InputPaths SET = problem -> {
		List<String> path = new ArrayList<>(List.of("input", "set"));
		path.addAll(fieldPath(problem.field()));
		return new UserError(path, problem.message(), problem.rule().name());
	};

	UserError of(Problem problem);

	/**
	 * For a mutation with fields of its own: its main record's fields keep their names in the input
	 * except those {@code renamed}; relationships share the mutation's evidence, so a problem with
	 * a relationship's citations, basis or reasoning is one of the input's; and the passages made
	 * of the input's citations are in its {@code passages} section, in order.
	 * @param passagesField the input list the passages were made from ({@code citations} or {@code passages})
	 */
	static InputPaths renaming(Map<String, String> renamed, String passagesField) {
		Map<String, String> evidence = Map.of("cite", "citations", "basis", "basis", "reasoning", "reasoning",
				"restsOn", "restsOn");
		Set<String> linkFields = Set.of("to", "note", "delegation");
		return problem -> {
			List<String> path = new ArrayList<>(List.of("input"));
			if (problem.section().equals("passages")) {
				path.add(passagesField);
				path.add(String.valueOf(problem.index()));
				if (!problem.field().isEmpty()) {
					path.add(problem.field().equals("name") ? "quote" : problem.field());
				}
				return new UserError(path, problem.message(), problem.rule().name());
			}
			String[] parts = problem.field().isEmpty() ? new String[0] : problem.field().split("\\.");
			String last = (parts.length > 0) ? parts[parts.length - 1] : "";
			if (parts.length > 1 && evidence.containsKey(last)) {
				path.add(evidence.get(last));
				return new UserError(path, problem.message(), problem.rule().name());
			}
			for (String part : parts) {
				if (linkFields.contains(part) && path.size() > 1) {
					continue;
				}
				int bracket = part.indexOf('[');
				String name = (bracket >= 0) ? part.substring(0, bracket) : part;
				path.add(renamed.getOrDefault(name, evidence.getOrDefault(name, name)));
				if (bracket >= 0) {
					path.add(part.substring(bracket + 1, part.length() - 1));
				}
			}
			return new UserError(path, problem.message(), problem.rule().name());
		};
	}

	/** A field of the dataset format ({@code positions[0].title}) as the steps of a path. */
	static List<String> fieldPath(String field) {
		List<String> path = new ArrayList<>();
		for (String part : field.isEmpty() ? new String[0] : field.split("\\.")) {
			int bracket = part.indexOf('[');
			path.add((bracket >= 0) ? part.substring(0, bracket) : part);
			if (bracket >= 0) {
				path.add(part.substring(bracket + 1, part.length() - 1));
			}
		}
		return path;
	}

}
