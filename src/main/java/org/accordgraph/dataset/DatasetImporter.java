package org.accordgraph.dataset;

import org.accordgraph.format.DatasetWrites;
import org.accordgraph.format.Written;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a dataset into the graph in one transaction: either every fact of it is written, or,
 * if any record is wrong, nothing is and the error names each bad record and field. The
 * transaction may run for ten minutes, far longer than a request's queries. It writes only once
 * the schema (unique keys) is in place.
 */
@Service
@DependsOn("schemaMigrations")
public class DatasetImporter {

	private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

	private final DatasetWrites writes;

	private final LoadedDatasets datasets;

	DatasetImporter(DatasetWrites writes, LoadedDatasets datasets) {
		this.writes = writes;
		this.datasets = datasets;
	}

	/**
	 * @param location the folder of the dataset's YAML files ({@code classpath:data} for the
	 * bundled one)
	 * @param name the name under which the import is recorded in the graph
	 * @return what was written
	 */
	@Transactional(timeout = 600)
	public ImportSummary importDataset(String location, String name) {
		DatasetWrites.WrittenDataset read = this.writes.writeDataset(location, false);
		Written written = read.written();
		this.datasets.imported(name, read.checksum());
		ImportSummary summary = new ImportSummary(name, written.created(), written.changed(), written.unchanged(),
				read.checksum());
		log.info("Imported dataset '{}' from {}: {} created, {} changed, {} unchanged (nodes and relationships)", name,
				location, summary.created(), summary.changed(), summary.unchanged());
		return summary;
	}

	/** What an import did: nodes and relationships created, changed and found as they were. */
	public record ImportSummary(String name, long created, long changed, long unchanged, String checksum) {
	}

}
