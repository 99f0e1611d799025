/**
 * The bundled dataset, its import at start-up, the bulk load of a dataset too large for one
 * transaction, and the exports: the dataset format, CSV and GraphML.
 */
@ApplicationModule(allowedDependencies = { "format", "neo4j", "graphql" })
package org.accordgraph.dataset;

import org.springframework.modulith.ApplicationModule;
