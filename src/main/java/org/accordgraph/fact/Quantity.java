package org.accordgraph.fact;

import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/**
 * A number as exact as its source says it ("about 60"), and how it is known. In the graph, a
 * number named {@code f} is the properties {@code f}, {@code fApproximate}, {@code fText},
 * {@code fBasis} and {@code fReasoning}.
 */
public record Quantity(int value, boolean approximate, String text, Basis basis, String reasoning) {

	/** The number named {@code field} of a node or relationship; null where it has none. */
	public static Quantity from(MapAccessor entity, String field) {
		Integer value = Fields.integer(entity, field);
		if (value == null) {
			return null;
		}
		String basis = Fields.text(entity, field + "Basis");
		return new Quantity(value, Fields.flag(entity, field + "Approximate"), Fields.text(entity, field + "Text"),
				(basis != null) ? Basis.valueOf(basis) : Basis.STATED, Fields.text(entity, field + "Reasoning"));
	}

}
