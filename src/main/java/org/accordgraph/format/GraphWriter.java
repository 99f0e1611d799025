package org.accordgraph.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accordgraph.format.GraphPlan.NodeRow;
import org.accordgraph.format.GraphPlan.RelationshipRow;
import org.accordgraph.format.GraphPlan.Retyped;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Writes a {@link GraphPlan} with {@code UNWIND} statements per label and per kind of
 * relationship, {@value #BATCH} rows at a time: all in the caller's transaction, or, for a bulk
 * load, each batch in a transaction of its own, nodes before relationships. Writing the same
 * plan twice changes nothing: nodes are merged on their key and their properties replaced,
 * relationships merged between the same nodes. A node's {@code version} starts at 0 and grows by
 * one each time its properties change.
 */
final class GraphWriter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GraphWriter.class);

	/** Rows per statement: large enough to amortise a statement, small enough to keep each message modest. */
	static final int BATCH = 10_000;

	private final Neo4jClient neo4j;

	private final boolean keepChanges;

	private final int batch;

	private final TransactionOperations eachBatch;

	/**
	 * @param keepChanges whether to return each change, with the state before and after (for the
	 * audit trail), or only count them (for a large import)
	 */
	GraphWriter(Neo4jClient neo4j, boolean keepChanges) {
		this(neo4j, keepChanges, BATCH, TransactionOperations.withoutTransaction());
	}

	/**
	 * @param batch rows per statement
	 * @param eachBatch what each statement runs in: its own transaction for a bulk load, the
	 * caller's ({@link TransactionOperations#withoutTransaction()}) otherwise
	 */
	GraphWriter(Neo4jClient neo4j, boolean keepChanges, int batch, TransactionOperations eachBatch) {
		this.neo4j = neo4j;
		this.keepChanges = keepChanges;
		this.batch = batch;
		this.eachBatch = eachBatch;
	}

	/**
	 * Inside the caller's transaction a failure leaves nothing written; batch by batch, it leaves
	 * the batches committed before it.
	 */
	Written write(GraphPlan plan) {
		Written written = new Written(0, 0, 0, List.of());
		long total = plan.nodes().size() + plan.relationships().size();
		long done = 0;
		for (var entry : byLabel(plan.nodes()).entrySet()) {
			for (List<NodeRow> rows : batches(entry.getValue())) {
				written = written.plus(this.eachBatch.execute(status -> writeNodes(entry.getKey(), rows)));
				done = progress(done, rows.size(), total, entry.getKey());
			}
		}
		for (List<RelationshipRow> ofType : byType(plan.relationships())) {
			for (List<RelationshipRow> rows : batches(ofType)) {
				written = written.plus(this.eachBatch.execute(status -> writeRelationships(rows)));
				done = progress(done, rows.size(), total, rows.get(0).type());
			}
		}
		for (Retyped row : plan.retyped()) {
			written = written.plus(this.eachBatch.execute(status -> retype(row)));
		}
		return written;
	}

	/** Says how far a large write has come, a line per batch. */
	private long progress(long done, int rows, long total, Object what) {
		if (total > this.batch) {
			log.info("Writing: {} of {} nodes and relationships ({}%), last {}", done + rows, total,
					(done + rows) * 100 / total, what);
		}
		return done + rows;
	}

	private <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += this.batch) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + this.batch)));
		}
		return batches;
	}

	private Written writeNodes(Label label, List<NodeRow> rows) {
		String key = label.keyProperty();
		String statement = """
				UNWIND $rows AS row
				OPTIONAL MATCH (old:%1$s {%2$s: row.%2$s})
				WITH row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
				MERGE (n:%1$s {%2$s: row.%2$s})
				WITH n, row, before, coalesce(before.version, 0) AS version,
				     before IS NOT NULL AND size([k IN keys(before) WHERE k <> 'version']) = size(keys(row))
				       AND all(k IN keys(row) WHERE before[k] = row[k]) AS same
				SET n = row, n.version = CASE WHEN before IS NULL OR same THEN version ELSE version + 1 END
				WITH row.%2$s AS key, before, same, CASE WHEN same THEN null ELSE properties(n) END AS after
				""".formatted(label, key);
		return collect(statement, rows.stream().map(NodeRow::properties).toList(),
				row -> new GraphChange(label + ":" + row.get("key"), label.name(), String.valueOf(row.get("key")), null, null, null,
						map(row.get("before")), map(row.get("after"))));
	}

	private Written writeRelationships(List<RelationshipRow> rows) {
		RelationshipRow first = rows.get(0);
		List<Map<String, Object>> params = rows.stream()
			.map(row -> Map.of("from", row.fromKey(), "to", row.toKey(), "properties", row.properties()))
			.toList();
		String statement = """
				UNWIND range(0, size($rows) - 1) AS i
				WITH i, $rows[i] AS row
				MATCH (a:%s {%s: row.from})
				MATCH (b:%s {%s: row.to})
				OPTIONAL MATCH (a)-[old:%s]->(b)
				WITH i, a, b, row, head(collect(properties(old))) AS before
				MERGE (a)-[r:%5$s]->(b)
				SET r = row.properties
				WITH row.from AS from, row.to AS to, before, before = row.properties AS same,
				     CASE WHEN before = row.properties THEN null ELSE properties(r) END AS after
				""".formatted(first.fromLabel(), first.fromLabel().keyProperty(), first.toLabel(),
				first.toLabel().keyProperty(), first.type());
		Written written = collect(statement, params, row -> relationshipChange(first.fromLabel(), row.get("from"),
				first.type(), first.toLabel(), row.get("to"), map(row.get("before")), map(row.get("after"))));
		long rowsWritten = written.created() + written.changed() + written.unchanged();
		if (rowsWritten != rows.size()) {
			throw new IllegalStateException("Wrote " + rowsWritten + " of " + rows.size() + " " + first.type()
					+ " relationships from " + first.fromLabel() + " to " + first.toLabel());
		}
		return written;
	}

	/** Moves a relationship to its new type, properties and all: one change removed, one made. */
	@SuppressWarnings("unchecked")
	private Written retype(Retyped row) {
		Map<String, Object> properties = this.neo4j.query("""
				MATCH (a:%s {%s: $from})-[old:%s]->(b:%s {%s: $to})
				MERGE (a)-[r:%s]->(b)
				SET r = properties(old)
				WITH old, properties(old) AS properties
				DELETE old
				RETURN properties""".formatted(row.fromLabel(), row.fromLabel().keyProperty(), row.type(),
				row.toLabel(), row.toLabel().keyProperty(), row.newType()))
			.bindAll(Map.of("from", row.fromKey(), "to", row.toKey()))
			.fetchAs(Map.class)
			.one()
			.orElseThrow(() -> new IllegalStateException(
					"No " + row.type() + " from " + row.fromKey() + " to " + row.toKey()));
		List<GraphChange> changes = this.keepChanges ? List.of(
				relationshipChange(row.fromLabel(), row.fromKey(), row.type(), row.toLabel(), row.toKey(), properties,
						null),
				relationshipChange(row.fromLabel(), row.fromKey(), row.newType(), row.toLabel(), row.toKey(), null,
						properties))
				: List.of();
		return new Written(0, 1, 0, changes);
	}

	/** Runs a statement that ends in {@code WITH ..., before, same, after} over the rows, counting or keeping the changes. */
	private Written collect(String statement, List<Map<String, Object>> rows,
			Function<Map<String, Object>, GraphChange> change) {
		if (!this.keepChanges) {
			return this.neo4j.query(statement + """
					RETURN sum(CASE WHEN before IS NULL THEN 1 ELSE 0 END) AS created,
					       sum(CASE WHEN before IS NOT NULL AND NOT same THEN 1 ELSE 0 END) AS changed,
					       sum(CASE WHEN same THEN 1 ELSE 0 END) AS unchanged""")
				.bind(rows)
				.to("rows")
				.fetchAs(Written.class)
				.mappedBy((types, row) -> new Written(row.get("created").asLong(), row.get("changed").asLong(),
						row.get("unchanged").asLong(), List.of()))
				.one()
				.orElseThrow();
		}
		long[] counts = new long[3];
		List<GraphChange> changes = new ArrayList<>();
		for (Map<String, Object> row : this.neo4j.query(statement + "RETURN *").bind(rows).to("rows").fetch().all()) {
			boolean created = row.get("before") == null;
			boolean same = !created && Boolean.TRUE.equals(row.get("same"));
			counts[created ? 0 : same ? 2 : 1]++;
			if (!same) {
				changes.add(change.apply(row));
			}
		}
		return new Written(counts[0], counts[1], counts[2], changes);
	}

	private static GraphChange relationshipChange(Label fromLabel, Object fromKey, RelationshipType type, Label toLabel,
			Object toKey, Map<String, Object> before, Map<String, Object> after) {
		String from = fromLabel + ":" + fromKey;
		String to = toLabel + ":" + toKey;
		return new GraphChange(from + "-" + type + "->" + to, null, null, type.name(), from, to, before, after);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static Map<Label, List<NodeRow>> byLabel(List<NodeRow> rows) {
		return rows.stream().collect(Collectors.groupingBy(NodeRow::label, LinkedHashMap::new, Collectors.toList()));
	}

	private static Iterable<List<RelationshipRow>> byType(List<RelationshipRow> rows) {
		return rows.stream()
			.collect(Collectors.groupingBy(row -> row.fromLabel() + "|" + row.type() + "|" + row.toLabel(),
					LinkedHashMap::new, Collectors.toList()))
			.values();
	}

}
