/**
 * The bundled dataset, its import at start-up, and the exports: the dataset format, CSV and
 * GraphML.
 */
@ApplicationModule(allowedDependencies = { "format", "neo4j" })
package org.accordgraph.dataset;

import org.springframework.modulith.ApplicationModule;
