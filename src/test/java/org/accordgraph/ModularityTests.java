package org.accordgraph;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package is a module: no cycles between them, none reaches into another's
 * non-public types, and each uses only the modules its {@code package-info} allows. From the
 * bottom: the infrastructure (graphql, neo4j); how facts are known (fact); the dataset format's
 * engine (format); the features (evidence, theme, actor, event, instrument, commitment) with their
 * sections of the format; the audit trail (audit); and on top search, network, dataset and
 * curation.
 */
class ModularityTests {

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		ApplicationModules.of(AccordGraphApplication.class).verify();
	}

}
