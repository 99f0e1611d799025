package org.accordgraph.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.format.Label;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.GlobalId;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The optimistic check on a node's version, done in the Cypher of the change's own transaction:
 * the node is locked first (a write to it) and its version read after, so that no other change
 * can move its version between the check and the commit.
 */
@Component
class Versions {

	private final Neo4jClient neo4j;

	private final Sections sections;

	Versions(Neo4jClient neo4j, Sections sections) {
		this.neo4j = neo4j;
		this.sections = sections;
	}

	/**
	 * Locks the node until the change commits and compares its version with the one expected.
	 * @param field the input field that names the node
	 * @param expected the version the request was based on; null to accept any
	 * @return why the change is refused (no such node, or a newer version), or null
	 */
	UserError lock(GlobalId node, String field, Integer expected) {
		return lock(node, field, expected, false);
	}

	/**
	 * Locks the node, compares its version and, if the change may go ahead, raises it, in one
	 * statement: for a change that is not to the node's own properties (its history or its
	 * relationships grew), which still makes it a new version.
	 */
	UserError lockAndRaise(GlobalId node, String field, Integer expected) {
		return lock(node, field, expected, true);
	}

	/** Locks the record of that label and key and raises its version, for a change to its relationships. */
	UserError lockAndRaise(Label label, String key, String field) {
		return lock(label, key, field, null, true);
	}

	private UserError lock(GlobalId node, String field, Integer expected, boolean raise) {
		return lock(label(node), node.key(), field, expected, raise);
	}

	private UserError lock(Label label, String key, String field, Integer expected, boolean raise) {
		Long version = this.neo4j.query("""
				MATCH (n:%s {%s: $key}) SET n.locked = true REMOVE n.locked
				WITH n, coalesce(n.version, 0) AS version
				SET n.version = CASE WHEN $raise AND coalesce($expected, version) = version THEN version + 1
				                ELSE n.version END
				RETURN version""".formatted(label, label.keyProperty()))
			.bindAll(parameters(key, expected, raise))
			.fetchAs(Long.class)
			.one()
			.orElse(null);
		if (version == null) {
			return new UserError(List.of("input", field), "there is no " + label + " '" + key + "'",
					"UNKNOWN_REFERENCE");
		}
		if (expected != null && expected.longValue() != version) {
			return new UserError(List.of("input", "expectedVersion"), label + " '" + key
					+ "' is at version " + version + ", not " + expected
					+ ": it changed since it was read; read it again and decide whether the change still holds",
					"CONFLICT");
		}
		return null;
	}

	private static Map<String, Object> parameters(String key, Integer expected, boolean raise) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("key", key);
		parameters.put("expected", expected);
		parameters.put("raise", raise);
		return parameters;
	}

	private Label label(GlobalId node) {
		return this.sections.label(node.type());
	}

}
