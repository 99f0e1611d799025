/**
 * Neo4j: the embedded engine, the driver's settings, migrations, and reading nodes.
 * Infrastructure: it knows no feature.
 */
@ApplicationModule(allowedDependencies = {})
package org.accordgraph.neo4j;

import org.springframework.modulith.ApplicationModule;
