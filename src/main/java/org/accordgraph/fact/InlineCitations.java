package org.accordgraph.fact;

import org.accordgraph.graphql.Selection;
import org.neo4j.driver.Value;

/**
 * A fact's citations read in the statement that reads the fact, for a request that selects them:
 * the statement returns {@link #of} as a column, and {@link #prime} hands that column to the
 * request's citations loader, so that {@code citations} asks nothing more of the database.
 */
public interface InlineCitations {

	/**
	 * A Cypher expression for the citations of the node or relationship bound to {@code variable}:
	 * a variable of the calling statement, from the code, never from a request.
	 */
	String of(String variable);

	/** Hands the citations that the expression read to the request's citations loader. */
	void prime(Selection selection, Value citations);

}
