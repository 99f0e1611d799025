package org.accordgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.format.GraphChange;
import org.accordgraph.format.Label;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.GlobalId;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Deleting a node without leaving the graph broken. What depends on a node: the facts that name
 * it (relationships into it), the facts cited from its passages (for a source), and what exists
 * only through it: a source's passages, an instrument's commitments, a subject's assessments, a
 * person's posts, an observance's yearly themes. A deletion with dependants is refused with
 * their list, unless a cascade is asked for: then what exists only through the node goes with
 * it, facts that name it go, and facts cited from its passages lose those citations (and go, if
 * that leaves them none).
 */
@Component
class Deletion {

	/** The most nodes one cascade may remove: beyond that, delete in steps. */
	static final int MAX_CASCADE = 10_000;

	private static final String OWNED = """
			MATCH (n) WHERE elementId(n) IN $ids
			CALL (n) {
			  MATCH (n)<-[:FROM_SOURCE|MADE_IN]-(d) RETURN d
			  UNION
			  MATCH (n)-[:HAS_STATUS|HAD_STATUS|HELD|HAD_THEME]->(d) RETURN d
			}
			RETURN DISTINCT elementId(d)""";

	/** A cascade that would remove more than {@link #MAX_CASCADE} nodes. */
	static final class TooLarge extends RuntimeException {

		TooLarge() {
			super("deleting it would remove more than " + MAX_CASCADE
					+ " nodes in one change: delete what depends on it in steps first");
		}

	}

	private final Neo4jClient neo4j;

	private final Sections sections;

	Deletion(Neo4jClient neo4j, Sections sections) {
		this.neo4j = neo4j;
		this.sections = sections;
	}

	/** What deleting the node would touch besides itself, as entities ("Label:key", "from-TYPE->to"). */
	List<String> dependants(GlobalId node) {
		String id = elementId(node);
		Set<String> nodes = closure(Set.of(id));
		List<String> dependants = new ArrayList<>();
		dependants.addAll(this.neo4j.query("""
				MATCH (n) WHERE elementId(n) IN $nodes AND elementId(n) <> $id
				RETURN head(labels(n)) + ':' + coalesce(n.slug, n.code, n.key) AS entity ORDER BY entity""")
			.bindAll(Map.of("nodes", List.copyOf(nodes), "id", id)).fetchAs(String.class).all());
		dependants.addAll(this.neo4j.query("""
				MATCH (x) WHERE elementId(x) = $id
				MATCH (d)-[r]->(x) WHERE NOT elementId(d) IN $nodes
				RETURN head(labels(d)) + ':' + coalesce(d.slug, d.code, d.key) + '-' + type(r) + '->'
				       + head(labels(x)) + ':' + coalesce(x.slug, x.code, x.key) AS entity ORDER BY entity""")
			.bindAll(Map.of("nodes", List.copyOf(nodes), "id", id)).fetchAs(String.class).all());
		dependants.addAll(this.neo4j.query("""
				MATCH (c:Citation) WHERE elementId(c) IN $nodes
				CALL (c) {
				  MATCH (f) WHERE c.key IN f.citations AND NOT elementId(f) IN $nodes
				  RETURN head(labels(f)) + ':' + coalesce(f.slug, f.code, f.key) AS entity
				  UNION
				  MATCH (a)-[f]->(b) WHERE c.key IN f.citations
				  RETURN head(labels(a)) + ':' + coalesce(a.slug, a.code, a.key) + '-' + type(f) + '->'
				         + head(labels(b)) + ':' + coalesce(b.slug, b.code, b.key) AS entity
				}
				RETURN DISTINCT entity ORDER BY entity""")
			.bind(List.copyOf(nodes)).to("nodes").fetchAs(String.class).all());
		return dependants.stream().distinct().toList();
	}

	/**
	 * Deletes the node and everything that exists only through it, takes its passages out of the
	 * facts that cite them, and deletes facts left without a citation.
	 * @return every node and relationship changed, with its state before and after
	 */
	List<GraphChange> delete(GlobalId node) {
		Set<String> nodes = closure(Set.of(elementId(node)));
		List<GraphChange> changes = new ArrayList<>();
		List<String> keys = this.neo4j.query("MATCH (c:Citation) WHERE elementId(c) IN $nodes RETURN c.key")
			.bind(List.copyOf(nodes)).to("nodes").fetchAs(String.class).all().stream().toList();
		if (!keys.isEmpty()) {
			changes.addAll(uncite(keys, nodes));
		}
		for (Map<String, Object> row : this.neo4j.query("""
				MATCH (a)-[r]-(b) WHERE elementId(a) IN $nodes AND (startNode(r) = a OR NOT elementId(b) IN $nodes)
				WITH DISTINCT r
				RETURN head(labels(startNode(r))) + ':' + coalesce(startNode(r).slug, startNode(r).code, startNode(r).key) AS from,
				       type(r) AS type,
				       head(labels(endNode(r))) + ':' + coalesce(endNode(r).slug, endNode(r).code, endNode(r).key) AS to,
				       properties(r) AS before""").bind(List.copyOf(nodes)).to("nodes").fetch().all()) {
			changes.add(relationship(row, null));
		}
		for (Map<String, Object> row : this.neo4j.query("""
				MATCH (n) WHERE elementId(n) IN $nodes
				WITH n, head(labels(n)) AS label, coalesce(n.slug, n.code, n.key) AS key, properties(n) AS before
				DETACH DELETE n
				RETURN label, key, before""").bind(List.copyOf(nodes)).to("nodes").fetch().all()) {
			String entity = row.get("label") + ":" + row.get("key");
			changes.add(new GraphChange(entity, (String) row.get("label"), (String) row.get("key"), null, null, null,
					map(row.get("before")), null));
		}
		return changes;
	}

	/** Takes the passages out of the facts that cite them; a fact left with none is deleted. */
	private List<GraphChange> uncite(List<String> keys, Set<String> deleted) {
		List<GraphChange> changes = new ArrayList<>();
		for (Map<String, Object> row : this.neo4j.query("""
				MATCH (f) WHERE any(k IN f.citations WHERE k IN $keys) AND NOT elementId(f) IN $deleted
				WITH f, properties(f) AS before, [k IN f.citations WHERE NOT k IN $keys] AS left
				WHERE size(left) > 0
				SET f.citations = left, f.version = coalesce(f.version, 0) + 1
				RETURN head(labels(f)) AS label, coalesce(f.slug, f.code, f.key) AS key, before, properties(f) AS after""")
			.bindAll(Map.of("keys", keys, "deleted", List.copyOf(deleted))).fetch().all()) {
			changes.add(new GraphChange(row.get("label") + ":" + row.get("key"), (String) row.get("label"),
					(String) row.get("key"), null, null, null, map(row.get("before")), map(row.get("after"))));
		}
		for (Map<String, Object> row : this.neo4j.query("""
				MATCH (a)-[f]->(b) WHERE any(k IN f.citations WHERE k IN $keys)
				WITH a, f, b, properties(f) AS before, [k IN f.citations WHERE NOT k IN $keys] AS left
				WITH *, head(labels(a)) + ':' + coalesce(a.slug, a.code, a.key) AS from, type(f) AS type,
				     head(labels(b)) + ':' + coalesce(b.slug, b.code, b.key) AS to
				FOREACH (x IN CASE WHEN size(left) = 0 THEN [1] ELSE [] END | DELETE f)
				FOREACH (x IN CASE WHEN size(left) > 0 THEN [1] ELSE [] END | SET f.citations = left)
				RETURN from, type, to, before, CASE WHEN size(left) = 0 THEN null ELSE left END AS left""")
			.bind(keys).to("keys").fetch().all()) {
			Map<String, Object> after = null;
			if (row.get("left") != null) {
				after = new java.util.LinkedHashMap<>(map(row.get("before")));
				after.put("citations", row.get("left"));
			}
			changes.add(relationship(row, after));
		}
		return changes;
	}

	/**
	 * The node and all that exists only through it, and the facts that would be left without a
	 * citation, found again for what they own, until nothing more is found.
	 */
	private Set<String> closure(Set<String> start) {
		Set<String> nodes = new LinkedHashSet<>(start);
		Set<String> frontier = new LinkedHashSet<>(start);
		while (!frontier.isEmpty()) {
			Set<String> found = new LinkedHashSet<>(this.neo4j.query(OWNED).bind(List.copyOf(frontier)).to("ids")
				.fetchAs(String.class).all());
			found.addAll(this.neo4j.query("""
					MATCH (c:Citation) WHERE elementId(c) IN $nodes
					WITH collect(c.key) AS keys
					MATCH (f) WHERE any(k IN f.citations WHERE k IN keys) AND all(k IN f.citations WHERE k IN keys)
					RETURN elementId(f)""").bind(List.copyOf(nodes)).to("nodes").fetchAs(String.class).all());
			found.removeAll(nodes);
			nodes.addAll(found);
			frontier = found;
			if (nodes.size() > MAX_CASCADE) {
				throw new TooLarge();
			}
		}
		return nodes;
	}

	private String elementId(GlobalId node) {
		Label label = this.sections.label(node.type());
		return this.neo4j.query("MATCH (n:%s {%s: $key}) RETURN elementId(n)".formatted(label, label.keyProperty()))
			.bind(node.key()).to("key").fetchAs(String.class).one().orElseThrow();
	}

	private static GraphChange relationship(Map<String, Object> row, Map<String, Object> after) {
		String from = (String) row.get("from");
		String to = (String) row.get("to");
		String type = (String) row.get("type");
		return new GraphChange(from + "-" + type + "->" + to, null, null, type, from, to, map(row.get("before")), after);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
