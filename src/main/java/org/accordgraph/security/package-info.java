/**
 * Who may sign in and what each role may do.
 */
@ApplicationModule(allowedDependencies = { "graphql" })
package org.accordgraph.security;

import org.springframework.modulith.ApplicationModule;
