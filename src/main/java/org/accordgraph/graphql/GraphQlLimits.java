package org.accordgraph.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one request from hurting the service.
 *
 * @param defaultPageSize the page size of a list when neither {@code first} nor {@code last} is
 * given
 * @param maxPageSize the largest {@code first} or {@code last} accepted
 */
@ConfigurationProperties("accord.graphql.limits")
public record GraphQlLimits(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize) {

}
