package org.accordgraph.graphql;

/**
 * A client's choice of order for a list: a field (each list's order record names its own) and a
 * direction, ascending when not given.
 */
public interface SortOrder {

	OrderDirection direction();

	/** The direction of an order, ascending when there is no order or it names none. */
	static OrderDirection directionOf(SortOrder order) {
		return (order != null && order.direction() != null) ? order.direction() : OrderDirection.ASC;
	}

}
