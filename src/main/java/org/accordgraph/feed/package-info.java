/**
 * Watching: Atom feeds of the changes curators make (to the whole graph, a country, an instrument,
 * a series, a commitment), built on the audit trail's sequence, and of the commitments overdue.
 */
@ApplicationModule(allowedDependencies = { "graphql", "briefing" })
package org.accordgraph.feed;

import org.springframework.modulith.ApplicationModule;
