package org.accordgraph.dataset;

import java.util.Optional;

import org.accordgraph.dataset.LoadedDatasets.Incomplete;
import org.accordgraph.format.DatasetWrites;
import org.accordgraph.format.DatasetWrites.PlannedDataset;
import org.accordgraph.format.TransactionLimits;
import org.accordgraph.format.Written;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a dataset too large for one transaction into an empty database: it is read and checked
 * whole first (a problem anywhere writes nothing), the database is marked as holding an
 * incomplete load, the rows are written in batches ({@code accord.dataset.bulk-batch-rows}) of
 * their own transactions, and the mark is lifted only at the end. Until then the service answers no reader ({@link IncompleteLoadGate}).
 * A load that stopped (killed, out of memory, the server gone) is finished by running it again
 * on the same files: every write merges on its key, so what was written is found as it was.
 * <p>
 * It leaves no entry per node in the audit trail: the trail begins with the loaded graph, whose
 * {@code Dataset} node says what was loaded, by whom and when.
 */
@Service
@DependsOn("schemaMigrations")
public class BulkLoad {

	private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

	/** As long as it takes: a bulk load is an administrator's deliberate act, not a request. */
	private static final int A_DAY = 24 * 60 * 60;

	private final DatasetWrites writes;

	private final LoadedDatasets datasets;

	private final TransactionTemplate transactions;

	private final int batchRows;

	private final ApplicationEventPublisher events;

	BulkLoad(DatasetWrites writes, LoadedDatasets datasets, PlatformTransactionManager transactions,
			TransactionLimits limits, ApplicationEventPublisher events) {
		this.writes = writes;
		this.datasets = datasets;
		this.events = events;
		this.batchRows = limits.bulkBatchRows();
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setTimeout(A_DAY);
	}

	/** A bulk load the database cannot take, with what to do instead; nothing was written. */
	public static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

	/** What a load wrote: its rows, and the nodes and relationships created (the rest were there). */
	public record Loaded(String name, long rows, long created) {
	}

	/** Published when a load is complete, so that the service in the same process answers again at once. */
	record Completed(Loaded load) {
	}

	/**
	 * @param location the dataset's folder ({@code file:/path/})
	 * @param name the name the database keeps it under
	 * @param by who loads it, for the {@code Dataset} node
	 * @throws Refused if the database holds other facts, or another load's
	 * @throws org.accordgraph.format.DatasetException if any record is wrong
	 */
	public Loaded load(String location, String name, String by) {
		Optional<Incomplete> unfinished = this.transactions.execute(status -> this.datasets.incomplete());
		if (unfinished.isPresent() && !unfinished.get().name().equals(name)) {
			throw new Refused("The database holds the unfinished bulk load '" + unfinished.get().name()
					+ "': finish it by loading the same files under that name again, or load into an empty data directory");
		}
		if (unfinished.isEmpty() && Boolean.TRUE.equals(this.transactions.execute(status -> this.datasets.holdsFacts()))) {
			throw new Refused("The database already holds a graph, and a bulk load fills an empty one: import into a live graph"
					+ " with 'import DIR' (one transaction), or point the service at an empty data directory"
					+ " (accord.neo4j.embedded.data-directory) for the bulk load");
		}
		PlannedDataset planned = this.transactions.execute(status -> this.writes.plan(location));
		if (unfinished.isPresent() && !unfinished.get().checksum().equals(planned.checksum())) {
			throw new Refused("The unfinished bulk load '" + name + "' was of other files (checksum "
					+ unfinished.get().checksum() + ", these " + planned.checksum()
					+ "): load those files again to finish it, or load these into an empty data directory");
		}
		log.info("Bulk load '{}': {} nodes and relationships checked, writing in batches{}", name, planned.rows(),
				unfinished.isPresent() ? " (finishing an unfinished load)" : "");
		this.transactions.executeWithoutResult(status -> this.datasets.begun(name, planned.checksum(), planned.rows(), by));
		Written written = this.writes.writeInBatches(planned, this.batchRows, this.transactions);
		this.transactions.executeWithoutResult(status -> this.datasets.completed(name, written.created()));
		log.info("Bulk load '{}' complete: {} nodes and relationships, {} created", name, planned.rows(), written.created());
		Loaded loaded = new Loaded(name, planned.rows(), written.created());
		this.events.publishEvent(new Completed(loaded));
		return loaded;
	}

}
