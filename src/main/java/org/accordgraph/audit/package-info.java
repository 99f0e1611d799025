/**
 * The audit trail in the graph: every change, by whom and when, its state before and after; read
 * by curators and followed live by subscribers.
 */
@ApplicationModule(allowedDependencies = { "format", "graphql", "neo4j" })
package org.accordgraph.audit;

import org.springframework.modulith.ApplicationModule;
