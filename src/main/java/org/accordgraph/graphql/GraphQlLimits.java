package org.accordgraph.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one request from hurting the service. A request over a limit is refused with
 * a {@code LIMIT_EXCEEDED} error that names the limit and its value.
 *
 * @param defaultPageSize the page size of a list when neither {@code first} nor {@code last} is
 * given
 * @param maxPageSize the largest {@code first} or {@code last} accepted
 * @param maxDepth how deeply fields may nest
 * @param maxFields how many fields a request may select, counted through fragments (each spread
 * on its own) and aliases
 * @param maxComplexity the largest cost of a request: each field costs 1, and what is under a
 * list costs as many times over as the list may hold (its page size, or {@code assumedListSize})
 * @param assumedListSize how many items a list without paging arguments is counted as holding
 * @param timeout how long a request may run; each database query of it runs in a transaction
 * with this timeout too
 * @param maxIntrospectionFields how many fields a request that introspects the schema
 * ({@code __schema}, {@code __type}) may select, counted through fragments and aliases;
 * introspection is bounded by this and the next limit instead of depth and complexity
 * @param maxIntrospectionNesting how many of the type lists of introspection ({@code fields},
 * {@code inputFields}, {@code interfaces}, {@code possibleTypes}) may nest inside one another
 * @param maxSubscriptionConnections how many WebSocket connections for subscriptions the service holds open at once
 * @param maxSubscriptionConnectionsPerClient how many of those one client (one address) may hold
 * @param maxSubscriptionsPerConnection how many subscriptions one connection may have running at once
 */
@ConfigurationProperties("accord.graphql.limits")
public record GraphQlLimits(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize,
		@DefaultValue("12") int maxDepth, @DefaultValue("2000") int maxFields, @DefaultValue("50000") int maxComplexity,
		@DefaultValue("5") int assumedListSize, @DefaultValue("10s") Duration timeout,
		@DefaultValue("500") int maxIntrospectionFields, @DefaultValue("2") int maxIntrospectionNesting,
		@DefaultValue("200") int maxSubscriptionConnections, @DefaultValue("20") int maxSubscriptionConnectionsPerClient,
		@DefaultValue("10") int maxSubscriptionsPerConnection) {

}
