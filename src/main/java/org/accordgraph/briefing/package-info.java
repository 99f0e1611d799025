/**
 * Briefings: a country's, an instrument's, a conference series' or a commitment's facts as a
 * footnoted page and PDF, built from the public API's own answers.
 */
@ApplicationModule(allowedDependencies = { "graphql" })
package org.accordgraph.briefing;

import org.springframework.modulith.ApplicationModule;
