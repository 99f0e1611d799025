/**
 * Full-text search over names, texts, quotes and sources.
 */
@ApplicationModule(allowedDependencies = { "evidence", "graphql" })
package org.accordgraph.search;

import org.springframework.modulith.ApplicationModule;
