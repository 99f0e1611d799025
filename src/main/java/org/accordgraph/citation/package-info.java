/**
 * Citations out: sources and the facts that cite them as CSL-JSON, BibTeX and RIS for reference
 * managers, and a stable page for every fact, with its metadata as JSON-LD.
 */
@ApplicationModule(allowedDependencies = { "graphql" })
package org.accordgraph.citation;

import org.springframework.modulith.ApplicationModule;
