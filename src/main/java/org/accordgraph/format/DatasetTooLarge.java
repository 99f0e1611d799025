package org.accordgraph.format;

/**
 * A dataset with more nodes and relationships than one transaction may write in this heap
 * ({@link TransactionLimits#maxRows()}); nothing of it was written.
 */
public class DatasetTooLarge extends RuntimeException {

	/** What an administrator does with such a dataset, for every message that refuses one. */
	public static final String BULK_PATH = "load it into an empty database with "
			+ "'java -jar accord-graph.jar import DIR --bulk', which commits in batches";

	DatasetTooLarge(long rows, long maxRows) {
		super("The dataset holds " + rows + " nodes and relationships, more than one transaction can write in this heap ("
				+ maxRows + ", accord.dataset.max-rows; about one per 20 KiB of heap); nothing was written. Import it in parts, "
				+ "or " + BULK_PATH);
	}

}
