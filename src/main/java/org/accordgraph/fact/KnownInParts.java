package org.accordgraph.fact;

import java.util.Set;

/**
 * Something shown in a list that is not one fact but rests on several, such as a partnership and
 * its evidence: kept by a list's {@code basis} argument as far as its facts are, and the list
 * sorted again in its own order, since what is left of each may rank differently.
 */
public interface KnownInParts<T> extends Comparable<T> {

	/** This with only its facts known in the ways given; null if none is. */
	T knownOnly(Set<Basis> bases);

}
