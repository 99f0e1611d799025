/**
 * Commitments, their status histories, and hosting rotations.
 */
@ApplicationModule(allowedDependencies = { "actor", "audit", "event", "fact", "format", "graphql", "instrument", "neo4j", "theme" })
package org.accordgraph.commitment;

import org.springframework.modulith.ApplicationModule;
