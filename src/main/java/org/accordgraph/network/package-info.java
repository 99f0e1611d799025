/**
 * Partnerships, paths between actors, and timelines.
 */
@ApplicationModule(allowedDependencies = { "actor", "event", "fact", "format", "graphql", "neo4j" })
package org.accordgraph.network;

import org.springframework.modulith.ApplicationModule;
