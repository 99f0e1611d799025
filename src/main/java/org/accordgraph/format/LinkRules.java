package org.accordgraph.format;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Problem.Rule;

/**
 * Relationships: those stated as facts of their own (a {@link Link}, with its citations and
 * basis), and those stated by the facts of their node, which carry the node's grounds. Each leads
 * to a record of a label the relationship may lead to, defined in the dataset or held by the graph.
 */
final class LinkRules {

	private final Sections sections;

	private final KeyRules keys;

	private final CitationRules citations;

	private final GraphPlan plan;

	private final Problems problems;

	LinkRules(Sections sections, KeyRules keys, CitationRules citations, GraphPlan plan, Problems problems) {
		this.sections = sections;
		this.keys = keys;
		this.citations = citations;
		this.plan = plan;
		this.problems = problems;
	}

	void link(String fromLabel, String fromKey, String type, Link link, String field) {
		if (link != null) {
			addLink(fromLabel, fromKey, type, link, field, targets(fromLabel, type));
		}
	}

	void links(String fromLabel, String fromKey, String type, List<Link> links, String field) {
		for (int i = 0; i < links.size(); i++) {
			addLink(fromLabel, fromKey, type, links.get(i), field + "[" + i + "]", targets(fromLabel, type));
		}
	}

	void addLink(String fromLabel, String fromKey, String type, Link link, String field, Set<String> targets) {
		Map<String, Object> props = this.citations.grounds(link, field + ".");
		props.put("note", link.note());
		props.put("delegation", link.delegation());
		String label = this.keys.target(link.to(), field, targets);
		if (label != null) {
			this.plan.relationship(fromLabel, fromKey, type, label, link.to(), props);
		}
	}

	void ref(String fromLabel, String fromKey, String type, String key, String field, Set<String> targets,
			Map<String, Object> grounds, boolean required) {
		if (key == null) {
			if (required) {
				this.problems.report(Rule.REQUIRED, field, "is missing");
			}
			return;
		}
		String label = this.keys.target(key, field, targets);
		if (label != null) {
			this.plan.relationship(fromLabel, fromKey, type, label, key, grounds);
		}
	}

	<E extends Enum<E>> void enumRefs(String fromLabel, String fromKey, String type, String toLabel, List<String> values,
			Class<E> list, String field, Map<String, Object> grounds) {
		for (String value : values) {
			if (this.problems.oneOf(value, list, field) != null) {
				this.plan.relationship(fromLabel, fromKey, type, toLabel, value, grounds);
			}
		}
	}

	private Set<String> targets(String fromLabel, String type) {
		return this.sections.links().get(fromLabel + " " + type);
	}

}
