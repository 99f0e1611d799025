/**
 * The dataset format's engine: reading records, checking them by the rules every section shares,
 * planning and writing them, in one write path for imports and curators. Features own their
 * sections; the engine knows none of them by name.
 */
@ApplicationModule(allowedDependencies = { "fact", "graphql", "neo4j" })
package org.accordgraph.format;

import org.springframework.modulith.ApplicationModule;
