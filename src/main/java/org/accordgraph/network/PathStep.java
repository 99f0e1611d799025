package org.accordgraph.network;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;

/**
 * One fact on a path between two actors: the relationship from one node to the next, in path
 * order; {@code reversed} when the fact as stated points the other way.
 */
record PathStep(Object from, String relationship, boolean reversed, Object to, Grounds grounds)
		implements Cited {

}
