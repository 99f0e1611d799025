/**
 * Sources, the passages cited from them, and the figures they give.
 */
@ApplicationModule(allowedDependencies = { "fact", "format", "graphql", "neo4j" })
package org.accordgraph.evidence;

import org.springframework.modulith.ApplicationModule;
