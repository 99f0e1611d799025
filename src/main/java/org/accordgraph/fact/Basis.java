package org.accordgraph.fact;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
	ASSUMED;

	/** The bases a list's {@code basis} argument asks for (names or values): all of them when it is absent. */
	public static Set<Basis> asked(List<?> asked) {
		if (asked == null) {
			return EnumSet.allOf(Basis.class);
		}
		Set<Basis> bases = EnumSet.noneOf(Basis.class);
		asked.forEach(basis -> bases.add(Basis.valueOf(basis.toString())));
		return bases;
	}

}
