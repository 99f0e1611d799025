package org.accordgraph.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled dataset ({@code classpath:data}) at start-up into a database that has never
 * received a dataset, before the web server opens: no request sees a half-loaded graph. A database
 * that has it keeps its own state: curators' later changes are not overwritten on restart; nor is
 * a graph bulk-loaded in its place, finished or not, mixed with it.
 */
@Component
@ConditionalOnBooleanProperty(name = "accord.dataset.load-bundled", matchIfMissing = true)
class BundledDataset implements SmartInitializingSingleton {

	static final String NAME = "bundled";

	static final String LOCATION = "classpath:data";

	private static final Logger log = LoggerFactory.getLogger(BundledDataset.class);

	private final DatasetImporter importer;

	private final LoadedDatasets datasets;

	BundledDataset(DatasetImporter importer, LoadedDatasets datasets) {
		this.importer = importer;
		this.datasets = datasets;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.datasets.any()) {
			log.info("The database holds a dataset already; not loading the bundled one");
			return;
		}
		this.importer.importDataset(LOCATION, NAME);
	}

}
