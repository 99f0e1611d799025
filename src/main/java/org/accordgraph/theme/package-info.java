/**
 * The four Ps: the controlled vocabulary of themes.
 */
@ApplicationModule(allowedDependencies = { "fact", "format", "graphql", "neo4j" })
package org.accordgraph.theme;

import org.springframework.modulith.ApplicationModule;
