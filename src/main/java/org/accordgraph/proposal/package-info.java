/**
 * Facts proposed from a new document: its sentences, the graph's own names found in it, and
 * records in the dataset format with the exact words that state them, for a curator to accept.
 */
@ApplicationModule(allowedDependencies = { "fact", "format", "graphql", "neo4j" })
package org.accordgraph.proposal;

import org.springframework.modulith.ApplicationModule;
