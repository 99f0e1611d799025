package org.accordgraph.format;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The one way facts enter the graph: a dataset (a whole file set, or the few records of a
 * mutation) is checked by the same rules and written by the same statements, whether it comes
 * from an import or from a curator. Records it names may already be in the graph.
 */
@Component
public class DatasetWrites {

	private final Neo4jClient neo4j;

	private final Sections sections;

	private final DatasetReader reader;

	private final DatasetMapper mapper;

	private final TransactionLimits limits;

	DatasetWrites(Neo4jClient neo4j, Sections sections, DatasetReader reader, DatasetMapper mapper,
			TransactionLimits limits) {
		this.neo4j = neo4j;
		this.sections = sections;
		this.reader = reader;
		this.mapper = mapper;
		this.limits = limits;
	}

	/**
	 * Reads records given in the dataset format (section names and fields as in the YAML files, as
	 * maps and lists), or throws a {@link DatasetException} naming each record that is not of it.
	 * @param name what the problems call the dataset (a file name, a mutation)
	 */
	public Dataset read(String name, Map<String, Object> records) {
		return this.reader.fromMaps(name, records);
	}

	/**
	 * Checks records and writes them, in the caller's transaction, or throws a
	 * {@link DatasetException} with every problem and writes nothing.
	 * @param name what the problems call the dataset (a file name, a mutation)
	 * @param sourceTexts the text of sources it defines, by slug
	 * @param keepChanges whether to return every change with its state before and after
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written write(String name, Dataset dataset, Map<String, String> sourceTexts, WriteMode mode,
			boolean keepChanges) {
		return write(List.of(new Document(name, dataset)), sourceTexts, mode, keepChanges);
	}

	/**
	 * Reads the dataset at the location (a folder of YAML or JSON files and source texts) and
	 * writes it, in the caller's transaction, replacing records already in the graph.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public WrittenDataset writeDataset(String location, boolean keepChanges) {
		DatasetReader.ReadDataset read = this.reader.read(location);
		return new WrittenDataset(write(read.documents(), read.sourceTexts(), WriteMode.MERGE, keepChanges),
				read.checksum());
	}

	/** What a dataset read from its files changed, and a checksum of those files. */
	public record WrittenDataset(Written written, String checksum) {
	}

	/**
	 * Reads the dataset at the location and checks it as {@link #writeDataset} does, writing
	 * nothing, for a bulk load; or throws a {@link DatasetException} with every problem.
	 */
	public PlannedDataset plan(String location) {
		DatasetReader.ReadDataset read = this.reader.read(location);
		return new PlannedDataset(this.mapper.map(read.documents(), read.sourceTexts(),
				new GraphLookup(this.neo4j, this.sections), WriteMode.MERGE), read.checksum());
	}

	/**
	 * Writes a planned dataset that many rows at a time, each batch in a transaction of its own:
	 * nodes, then the relationships between them. Writing it again after a failure writes what is
	 * missing and changes nothing else.
	 */
	public Written writeInBatches(PlannedDataset planned, int rows, TransactionOperations eachBatch) {
		return new GraphWriter(this.neo4j, false, rows, eachBatch).write(planned.plan());
	}

	/** A dataset read and checked, ready to be written; with a checksum of its files. */
	public record PlannedDataset(GraphPlan plan, String checksum) {

		/** Its nodes and relationships. */
		public long rows() {
			return (long) this.plan.nodes().size() + this.plan.relationships().size();
		}

	}

	/**
	 * Removes a relationship stated as a fact of its own (one that {@link #write} could have
	 * made), in the caller's transaction, or throws a {@link DatasetException} saying why not.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written unlink(String operation, Label fromLabel, String fromKey, String type, Label toLabel, String toKey) {
		if (!this.sections.links().containsKey(fromLabel + " " + type)) {
			throw new DatasetException(List.of(new Problem(operation, "", -1, "type", Problem.Rule.NOT_IN_LIST,
					"a " + fromLabel + " has no " + type + " relationship of its own to remove")));
		}
		List<Map<String, Object>> removed = this.neo4j.query("""
				MATCH (a:%s {%s: $from})-[r:%s]->(b:%s {%s: $to})
				WITH r, properties(r) AS before
				DELETE r
				RETURN before""".formatted(fromLabel, fromLabel.keyProperty(), this.sections.relationshipType(type), toLabel,
				toLabel.keyProperty()))
			.bindAll(Map.of("from", fromKey, "to", toKey))
			.fetch()
			.all()
			.stream()
			.toList();
		if (removed.isEmpty()) {
			throw new DatasetException(List.of(new Problem(operation, "", -1, "to", Problem.Rule.UNKNOWN_REFERENCE,
					"there is no " + type + " from " + fromLabel + " '" + fromKey + "' to " + toLabel + " '" + toKey
							+ "'")));
		}
		String from = fromLabel + ":" + fromKey;
		String to = toLabel + ":" + toKey;
		@SuppressWarnings("unchecked")
		Map<String, Object> before = (Map<String, Object>) removed.get(0).get("before");
		return new Written(0, 1, 0, List.of(new GraphChange(from + "-" + type + "->" + to, null, null, type, from, to,
				before, null)));
	}

	Written write(List<Document> documents, Map<String, String> sourceTexts, WriteMode mode, boolean keepChanges) {
		GraphPlan plan = this.mapper.map(documents, sourceTexts, new GraphLookup(this.neo4j, this.sections), mode);
		long rows = (long) plan.nodes().size() + plan.relationships().size();
		if (rows > this.limits.maxRows()) {
			throw new DatasetTooLarge(rows, this.limits.maxRows());
		}
		return new GraphWriter(this.neo4j, keepChanges).write(plan);
	}

}
