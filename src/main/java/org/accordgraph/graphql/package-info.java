/**
 * The GraphQL edge of the service: scalars, ids, errors, limits, paging, the HTTP and WebSocket
 * checks. Infrastructure: it knows no feature.
 */
@ApplicationModule(allowedDependencies = {})
package org.accordgraph.graphql;

import org.springframework.modulith.ApplicationModule;
