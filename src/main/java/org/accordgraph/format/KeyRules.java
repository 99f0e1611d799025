package org.accordgraph.format;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.accordgraph.format.Problem.Rule;

/**
 * The keys a dataset defines, checked (a slug or a code, unique in the dataset and, when
 * creating, in the graph), and the records a reference may name: defined here or held by the graph.
 */
final class KeyRules {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** Label of every node the dataset defines, by key. */
	private final Map<String, String> labels = new HashMap<>();

	private final Sections sections;

	private final GraphRecords graph;

	private final boolean creating;

	private final Problems problems;

	KeyRules(Sections sections, GraphRecords graph, boolean creating, Problems problems) {
		this.sections = sections;
		this.graph = graph;
		this.creating = creating;
		this.problems = problems;
	}

	void define(String key, String label) {
		String property = this.sections.label(label).keyProperty();
		if (key == null || key.isBlank()) {
			this.problems.report(Rule.REQUIRED, property, "is missing");
			return;
		}
		if (key.length() > FieldLimits.MAX_KEY_LENGTH) {
			this.problems.report(Rule.FORMAT, property, "is longer than " + FieldLimits.MAX_KEY_LENGTH + " characters");
		}
		else if (property.equals("slug") && !SLUG.matcher(key).matches()) {
			this.problems.report(Rule.FORMAT, "slug",
					"'" + key + "' is not a slug (lower-case letters and digits joined by hyphens)");
		}
		String previous = this.labels.putIfAbsent(key, label);
		if (previous != null) {
			this.problems.report(Rule.DUPLICATE, property,
					"'" + key + "' is already the key of another record (" + previous + ")");
		}
		else if (this.creating && this.graph.labelOf(key, Set.of(label)) != null) {
			this.problems.report(Rule.DUPLICATE, property, "'" + key + "' is already the key of a " + label + " in the graph");
		}
	}

	/** The label of the record a reference names, if it is one of {@code targets}; null, with a problem, if not. */
	String target(String key, String field, Set<String> targets) {
		if (key == null) {
			this.problems.report(Rule.REQUIRED, field, "names no target");
			return null;
		}
		String label = labelOf(key, targets);
		if (label == null) {
			this.problems.report(Rule.UNKNOWN_REFERENCE, field,
					"'" + key + "' is not a known " + String.join(" or ", targets.stream().sorted().toList()));
		}
		return label;
	}

	/** The label of the record, defined here or else in the graph, if it is one of {@code labels}. */
	String labelOf(String key, Set<String> labels) {
		String label = this.labels.get(key);
		if (label != null) {
			return labels.contains(label) ? label : null;
		}
		return this.graph.labelOf(key, labels);
	}

}
