/**
 * Declarations, action plans and laws, and the status history of laws.
 */
@ApplicationModule(allowedDependencies = { "actor", "event", "fact", "format", "graphql", "neo4j" })
package org.accordgraph.instrument;

import org.springframework.modulith.ApplicationModule;
