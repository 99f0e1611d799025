package org.accordgraph.fact;

import java.util.List;

import org.accordgraph.graphql.KeysetQuery;

/** Keeping only the facts known in some ways, in the lists read from the graph. */
public final class Bases {

	private Bases() {
	}

	/** Keeps the rows whose node {@code n} is known in one of the ways given; all when none is. */
	public static void keep(KeysetQuery<?> query, List<Basis> bases) {
		if (bases != null && !bases.isEmpty()) {
			query.where("n.basis IN $bases", "bases", bases.stream().map(Enum::name).toList());
		}
	}

}
