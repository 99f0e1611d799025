package org.accordgraph.graphql;

/**
 * The Relay paging arguments of a connection field, bound with {@code @Arguments}: either
 * {@code first} (and {@code after}) to page forwards, or {@code last} (and {@code before}) to page
 * backwards.
 */
public record PageArguments(Integer first, String after, Integer last, String before) {

}
