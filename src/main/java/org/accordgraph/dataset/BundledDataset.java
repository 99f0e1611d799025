package org.accordgraph.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled dataset ({@code classpath:data}) at start-up into a database that has never
 * received it. A database that has it keeps its own state: curators' later changes are not
 * overwritten on restart.
 */
@Component
@ConditionalOnBooleanProperty(name = "accord.dataset.load-bundled", matchIfMissing = true)
class BundledDataset implements ApplicationRunner {

	static final String NAME = "bundled";

	static final String LOCATION = "classpath:data";

	private static final Logger log = LoggerFactory.getLogger(BundledDataset.class);

	private final DatasetImporter importer;

	BundledDataset(DatasetImporter importer) {
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.importer.isImported(NAME)) {
			log.info("Bundled dataset already in the database; not loading it again");
			return;
		}
		this.importer.importDataset(LOCATION, NAME);
	}

}
