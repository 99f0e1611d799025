package org.accordgraph.fact;

/**
 * How a fact is known, from the best known to the least: a fact that rests on several is known
 * no better than the last of theirs in this order.
 */
public enum Basis {

	/** A cited passage says it. */
	STATED,

	/** A curator derived it from stated facts; the reasoning says how. */
	INFERRED,

	/** A convention a curator chose, such as a default day; the reasoning says which. */
	ASSUMED

}
