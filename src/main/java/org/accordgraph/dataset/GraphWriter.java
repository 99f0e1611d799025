package org.accordgraph.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.accordgraph.dataset.GraphPlan.NodeRow;
import org.accordgraph.dataset.GraphPlan.RelationshipRow;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Writes a {@link GraphPlan} with one {@code UNWIND} statement per label and per kind of
 * relationship. Writing the same plan twice changes nothing: nodes are merged on their key and
 * their properties replaced (their version kept), relationships merged between the same nodes.
 */
final class GraphWriter {

	private final Neo4jClient neo4j;

	GraphWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Must run inside a transaction: a failure leaves nothing written. */
	void write(GraphPlan plan) {
		byLabel(plan.nodes()).forEach(this::writeNodes);
		byType(plan.relationships()).forEach(this::writeRelationships);
	}

	private void writeNodes(String label, List<NodeRow> rows) {
		String key = GraphPlan.keyProperty(label);
		this.neo4j.query("""
				UNWIND $rows AS row
				MERGE (n:%s {%s: row.%s})
				WITH n, row, coalesce(n.version, 0) AS version
				SET n = row, n.version = version
				""".formatted(label, key, key))
			.bind(rows.stream().map(NodeRow::properties).toList())
			.to("rows")
			.run();
	}

	private void writeRelationships(List<RelationshipRow> rows) {
		RelationshipRow first = rows.get(0);
		List<Map<String, Object>> params = rows.stream()
			.map(row -> Map.of("from", row.fromKey(), "to", row.toKey(), "properties", row.properties()))
			.toList();
		long written = this.neo4j.query("""
				UNWIND $rows AS row
				MATCH (a:%s {%s: row.from})
				MATCH (b:%s {%s: row.to})
				MERGE (a)-[r:%s]->(b)
				SET r = row.properties
				RETURN count(r) AS written
				""".formatted(first.fromLabel(), GraphPlan.keyProperty(first.fromLabel()), first.toLabel(),
				GraphPlan.keyProperty(first.toLabel()), first.type()))
			.bind(params)
			.to("rows")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (written != rows.size()) {
			throw new IllegalStateException("Wrote " + written + " of " + rows.size() + " " + first.type()
					+ " relationships from " + first.fromLabel() + " to " + first.toLabel());
		}
	}

	private static Map<String, List<NodeRow>> byLabel(List<NodeRow> rows) {
		return rows.stream().collect(Collectors.groupingBy(NodeRow::label, LinkedHashMap::new, Collectors.toList()));
	}

	private static Iterable<List<RelationshipRow>> byType(List<RelationshipRow> rows) {
		return rows.stream()
			.collect(Collectors.groupingBy(row -> row.fromLabel() + "|" + row.type() + "|" + row.toLabel(),
					LinkedHashMap::new, Collectors.toList()))
			.values();
	}

}
