package org.accordgraph;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package is a module: no cycles between them, and none reaches into another's
 * non-public types. Features depend on the features below them (evidence, theme, actor, event,
 * instrument, commitment; search, network and dataset on top) and on the infrastructure (graphql,
 * neo4j), never the other way.
 */
class ModularityTests {

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		ApplicationModules.of(AccordGraphApplication.class).verify();
	}

}
