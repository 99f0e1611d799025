package org.accordgraph.graphql;

/** The direction of a sort. */
public enum OrderDirection {

	ASC, DESC

}
