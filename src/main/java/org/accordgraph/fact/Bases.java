package org.accordgraph.fact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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


	/**
	 * Keeps the rows of {@code n} related as the pattern says, such as
	 * {@code (n)-[r:EDITION_OF]->(:ConferenceSeries {slug: $series})}, where the relationship
	 * {@code r} is known in one of the ways given (all when none is): a list filtered by a related
	 * object and by basis lets in nothing that is related to it only by an inference.
	 */
	public static void keepRelated(KeysetQuery<?> query, String pattern, Map<String, Object> parameters,
			List<Basis> bases) {
		Map<String, Object> all = new HashMap<>(parameters);
		String condition = "EXISTS { " + pattern;
		if (bases != null && !bases.isEmpty()) {
			condition += " WHERE coalesce(r.basis, 'STATED') IN $relatedBases";
			all.put("relatedBases", bases.stream().map(Enum::name).toList());
		}
		query.where(condition + " }", all);
	}

}
