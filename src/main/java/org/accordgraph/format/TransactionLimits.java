package org.accordgraph.format;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a dataset one transaction may write, and how a bulk load commits.
 *
 * @param maxRows the most nodes and relationships a dataset written in one transaction (an import,
 * from the command line or over HTTP) may hold: by default one per 20 KiB of the heap (52,428 at
 * 1 GiB), since the embedded engine holds the transaction in the service's heap and refuses it
 * above 70 % of the heap. Measured with the audit trail's entries: 12 to 14 KiB of transaction
 * memory per row (58,000 rows passed the limit at 1 GiB; 25,000 fit in 512 MiB). A larger
 * dataset is refused before anything is written, with the way to load it: a bulk load
 * @param bulkBatchRows the rows each transaction of a bulk load writes
 */
@ConfigurationProperties("accord.dataset")
public record TransactionLimits(Long maxRows, @DefaultValue("10000") int bulkBatchRows) {

	static final long HEAP_PER_ROW = 20 * 1024;

	public TransactionLimits {
		if (maxRows == null) {
			maxRows = Runtime.getRuntime().maxMemory() / HEAP_PER_ROW;
		}
		if (bulkBatchRows < 1) {
			throw new IllegalArgumentException("accord.dataset.bulk-batch-rows must be at least 1, not " + bulkBatchRows);
		}
	}

}
