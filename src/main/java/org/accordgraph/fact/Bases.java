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
	 * Keeps the rows of {@code n} related to the one object a filter names, by a relationship
	 * {@code r} known in one of the ways given (all when none is), so that a list filtered by a
	 * related object and by basis lets in nothing related to it only by an inference; and refuses
	 * a filter that names what the graph does not hold.
	 * @param via the path from {@code n} to the object, such as {@code (n)-[r:EDITION_OF]->}
	 * @param object the object, such as {@code (:ConferenceSeries {slug: $series})}
	 * @param argument the filter's field, as its error names it
	 * @param value what the client sent, as its error quotes it
	 * @param problem what the error says of a value the graph does not hold
	 */
	public static void keepRelatedTo(KeysetQuery<?> query, List<Basis> bases, String via, String object,
			Map<String, Object> parameters, String argument, Object value, String problem) {
		query.requireExisting(argument, object, parameters, value, problem);
		keepLinkedTo(query, bases, via, object, parameters);
	}

	/**
	 * As {@link #keepRelatedTo}, for an object the schema already guarantees the graph holds, such
	 * as a theme (an enum value): no statement is spent on finding it first.
	 */
	public static void keepLinkedTo(KeysetQuery<?> query, List<Basis> bases, String via, String object,
			Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		String condition = "EXISTS { " + via + object;
		if (bases != null && !bases.isEmpty()) {
			condition += " WHERE coalesce(r.basis, 'STATED') IN $relatedBases";
			all.put("relatedBases", bases.stream().map(Enum::name).toList());
		}
		query.where(condition + " }", all);
	}

}
