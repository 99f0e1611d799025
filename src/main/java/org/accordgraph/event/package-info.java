/**
 * Conference series, conferences, observances, statements and topics.
 */
@ApplicationModule(allowedDependencies = { "actor", "evidence", "fact", "format", "graphql", "neo4j", "theme" })
package org.accordgraph.event;

import org.springframework.modulith.ApplicationModule;
