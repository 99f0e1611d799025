/**
 * The write API: curators' mutations, imports over HTTP and from the command line, deletion and
 * restore, proposals accepted from a document, each through the format's one write path and recorded in the audit trail.
 */
@ApplicationModule(allowedDependencies = { "audit", "commitment", "dataset", "event", "evidence", "fact", "format", "graphql", "neo4j", "proposal" })
package org.accordgraph.curation;

import org.springframework.modulith.ApplicationModule;
