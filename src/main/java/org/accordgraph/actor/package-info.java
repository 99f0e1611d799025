/**
 * Countries, organisations, projects, people and their posts.
 */
@ApplicationModule(allowedDependencies = { "fact", "format", "graphql", "neo4j", "theme" })
package org.accordgraph.actor;

import org.springframework.modulith.ApplicationModule;
