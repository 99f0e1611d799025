package org.accordgraph.format;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.accordgraph.format.GraphPlan.NodeRow;
import org.accordgraph.format.GraphPlan.RelationshipRow;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The yardstick for loading: the rows an import of a dataset writes, written the plainest way,
 * with batched {@code UNWIND ... CREATE} statements, each batch its own transaction, into an empty
 * database that has the same unique keys. Also times the import's own steps before writing.
 */
public final class PlainUnwindLoad {

	private static final int BATCH = GraphWriter.BATCH;

	/** Seconds for each step. */
	public record Timings(double reading, double mapping, double plainWriting, int nodes, int relationships) {
	}

	private PlainUnwindLoad() {
	}

	/**
	 * Reads and maps the dataset as the import does, then writes its rows plainly into an empty
	 * database, and checks that it holds as many nodes of each label and relationships of each
	 * type as the rows.
	 */
	public static Timings load(String location, Driver driver, Sections sections) {
		long started = System.nanoTime();
		DatasetReader.ReadDataset read = new DatasetReader(sections).read(location);
		long readAt = System.nanoTime();
		GraphPlan plan = new DatasetMapper(sections).map(read.documents(), read.sourceTexts());
		long mappedAt = System.nanoTime();
		try (Session session = driver.session()) {
			plan.nodes()
				.stream()
				.collect(Collectors.groupingBy(NodeRow::label))
				.forEach((label, rows) -> inBatches(session, "UNWIND $rows AS row CREATE (n:" + label + ") SET n = row",
						rows.stream().map(NodeRow::properties).toList()));
			plan.relationships()
				.stream()
				.collect(Collectors.groupingBy(row -> List.of(row.fromLabel(), row.type(), row.toLabel())))
				.forEach((kind, rows) -> inBatches(session, """
						UNWIND $rows AS row
						MATCH (a:%s {%s: row.from}) MATCH (b:%s {%s: row.to})
						CREATE (a)-[r:%s]->(b) SET r = row.properties""".formatted(kind.get(0),
						((Label) kind.get(0)).keyProperty(), kind.get(2), ((Label) kind.get(2)).keyProperty(), kind.get(1)),
						rows.stream().map(PlainUnwindLoad::parameters).toList()));
		}
		long writtenAt = System.nanoTime();
		try (Session session = driver.session()) {
			plan.nodes().stream().collect(Collectors.groupingBy(NodeRow::label, Collectors.counting()))
				.forEach((label, planned) -> check(session, "MATCH (n:" + label + ") RETURN count(n)", planned, label));
			plan.relationships().stream().collect(Collectors.groupingBy(RelationshipRow::type, Collectors.counting()))
				.forEach((type, planned) -> check(session, "MATCH ()-[r:" + type + "]->() RETURN count(r)", planned, type));
		}
		return new Timings((readAt - started) / 1e9, (mappedAt - readAt) / 1e9, (writtenAt - mappedAt) / 1e9,
				plan.nodes().size(), plan.relationships().size());
	}

	private static void check(Session session, String count, long planned, Object what) {
		long written = session.run(count).single().get(0).asLong();
		if (written != planned) {
			throw new IllegalStateException("The plain load wrote " + written + " " + what + ", not " + planned);
		}
	}

	private static Map<String, Object> parameters(RelationshipRow row) {
		return Map.of("from", row.fromKey(), "to", row.toKey(), "properties", row.properties());
	}

	private static void inBatches(Session session, String cypher, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
		}
	}

}
