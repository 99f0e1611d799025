package org.accordgraph.graphql;

/** A row of a connection and the cursor that points at it. */
public record Edge<T>(String cursor, T node) {

}
