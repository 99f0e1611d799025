package org.accordgraph.commitment;

import org.accordgraph.graphql.OrderDirection;
import org.accordgraph.graphql.SortOrder;

/** How to sort commitments: by due date (the default), year or text. */
record CommitmentOrder(Field field, OrderDirection direction) implements SortOrder {

	enum Field {

		DUE_DATE, YEAR, TEXT

	}

}
