package org.accordgraph.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled dataset ({@code classpath:data}) at start-up into a database that has never
 * received it, before the web server opens: no request sees a half-loaded graph. A database that
 * has it keeps its own state: curators' later changes are not overwritten on restart.
 */
@Component
@ConditionalOnBooleanProperty(name = "accord.dataset.load-bundled", matchIfMissing = true)
class BundledDataset implements SmartInitializingSingleton {

	static final String NAME = "bundled";

	static final String LOCATION = "classpath:data";

	private static final Logger log = LoggerFactory.getLogger(BundledDataset.class);

	private final DatasetImporter importer;

	BundledDataset(DatasetImporter importer) {
		this.importer = importer;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.importer.isImported(NAME)) {
			log.info("Bundled dataset already in the database; not loading it again");
			return;
		}
		this.importer.importDataset(LOCATION, NAME);
	}

}
