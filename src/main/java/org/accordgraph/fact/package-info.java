/**
 * How a fact is known (its basis, citations and reasoning) and how exactly it is dated: the
 * vocabulary every feature's facts share.
 */
@ApplicationModule(allowedDependencies = { "graphql", "neo4j" })
package org.accordgraph.fact;

import org.springframework.modulith.ApplicationModule;
