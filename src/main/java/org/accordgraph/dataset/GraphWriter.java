package org.accordgraph.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.accordgraph.dataset.GraphPlan.NodeRow;
import org.accordgraph.dataset.GraphPlan.RelationshipRow;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Writes a {@link GraphPlan} with {@code UNWIND} statements per label and per kind of
 * relationship, {@value #BATCH} rows at a time, all in the caller's transaction. Writing the same
 * plan twice changes nothing: nodes are merged on their key and their properties replaced (their
 * version kept), relationships merged between the same nodes.
 */
final class GraphWriter {

	/** Rows per statement: large enough to amortise a statement, small enough to keep each message modest. */
	static final int BATCH = 10_000;

	private final Neo4jClient neo4j;

	GraphWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Must run inside a transaction: a failure leaves nothing written. */
	void write(GraphPlan plan) {
		byLabel(plan.nodes()).forEach((label, rows) -> batches(rows).forEach(batch -> writeNodes(label, batch)));
		byType(plan.relationships()).forEach(rows -> batches(rows).forEach(this::writeRelationships));
	}

	private static <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += BATCH) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return batches;
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
