/**
 * The write API: curators' mutations, imports over HTTP and from the command line, deletion and
 * restore, each through the format's one write path and recorded in the audit trail.
 */
@ApplicationModule(allowedDependencies = { "audit", "commitment", "dataset", "event", "evidence", "format", "graphql", "neo4j" })
package org.accordgraph.curation;

import org.springframework.modulith.ApplicationModule;
