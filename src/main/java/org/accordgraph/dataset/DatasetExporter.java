package org.accordgraph.dataset;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accordgraph.format.Label;
import org.accordgraph.format.RelationshipField;
import org.accordgraph.format.Section;
import org.accordgraph.format.Sections;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads the graph back into the dataset format, section by section and record by record, each
 * handed to a {@link Sink} as it is read: nothing holds the whole graph. Import gives back the
 * same graph: every node, relationship and property (a node's version starts again at 0, and the
 * sort keys are derived again), with citations, bases, histories and keys, and so global ids.
 */
@Service
public class DatasetExporter {

	/** Where the records go: a file per section, a stream, a comparison in a test. */
	public interface Sink {

		void section(String name);

		void entry(Map<String, Object> entry);

		/** The full text of a source, which its entry names as {@code text}. */
		void sourceText(String slug, String fileName, String text);

		void endSection();

	}

	private final Driver driver;

	private final Neo4jClient neo4j;

	private final Sections sections;

	DatasetExporter(Driver driver, Neo4jClient neo4j, Sections sections) {
		this.driver = driver;
		this.neo4j = neo4j;
		this.sections = sections;
	}

	/** Writes every section to the sink, in one read transaction: a consistent picture of the graph. */
	public void export(Sink sink) {
		try (Session session = this.driver.session()) {
			try (Transaction tx = session.beginTransaction()) {
				for (Section<?> section : this.sections.all()) {
					String query = section.exportQuery(label(section), "");
					if (query != null) {
						sink.section(section.name());
						tx.run(query).stream().forEach(row -> sink.entry(section.exportEntry(row, sink::sourceText)));
						sink.endSection();
					}
				}
			}
		}
	}

	/**
	 * One record as the export writes it, with its section, the source texts it names, the fields
	 * its section's entries have, the one holding its key, and those that are relationships to
	 * other records (changed by linking, not by editing the record).
	 */
	public record Exported(String section, Map<String, Object> entry, Map<String, String> sourceTexts,
			List<String> fields, String keyField, List<String> relationshipFields) {
	}

	/** The section's own label, as the registry knows it; null for a section of relationships. */
	private Label label(Section<?> section) {
		return (section.label() != null) ? this.sections.label(section.label()) : null;
	}

	/**
	 * One record, read in the caller's transaction, as the export writes it.
	 * @return empty if no node of that label has that key, or the label has no section
	 */
	public Optional<Exported> record(String labelName, String key) {
		Label label = this.sections.label(labelName);
		Section<?> section = this.sections.ofLabel(label).orElse(null);
		if (section == null) {
			return Optional.empty();
		}
		Map<String, String> texts = new LinkedHashMap<>();
		List<String> relationshipFields = section.fields().stream().map(RelationshipField::name).toList();
		List<String> fields = Arrays.stream(section.entryType().getRecordComponents()).map(RecordComponent::getName)
			.toList();
		return this.neo4j.query(section.exportQuery(label, " WHERE n.%s = $key".formatted(label.keyProperty())))
			.bind(key)
			.to("key")
			.fetchAs(Exported.class)
			.mappedBy((types, row) -> new Exported(section.name(),
					section.exportEntry(row, (slug, file, text) -> texts.put(slug, text)), texts, fields,
					label.keyProperty(), relationshipFields))
			.one();
	}

}
