package org.accordgraph.fact;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/**
 * How a fact is known: the citations that support it, its basis, the curator's reasoning for a
 * fact that is not stated, and the facts of the graph an inferred fact rests on (as
 * {@code "Label:key"}). Read from the properties {@code citations}, {@code basis},
 * {@code reasoning} and {@code restsOn} of the node or relationship that holds the fact.
 */
public record Grounds(List<String> citationKeys, Basis basis, String reasoning, List<String> restsOn) {

	public Grounds {
		citationKeys = List.copyOf(citationKeys);
		restsOn = List.copyOf(restsOn);
	}

	public static Grounds from(MapAccessor entity) {
		String basis = Fields.text(entity, "basis");
		return new Grounds(Fields.texts(entity, "citations"), (basis != null) ? Basis.valueOf(basis) : Basis.STATED,
				Fields.text(entity, "reasoning"), Fields.texts(entity, "restsOn"));
	}

	/**
	 * The grounds of a fact made of several: every citation, the weakest basis, every reasoning and
	 * every fact rested on.
	 */
	public static Grounds together(List<Grounds> parts) {
		Set<String> citations = new LinkedHashSet<>();
		Set<String> reasons = new LinkedHashSet<>();
		Set<String> restsOn = new LinkedHashSet<>();
		Basis basis = Basis.STATED;
		for (Grounds part : parts) {
			citations.addAll(part.citationKeys);
			restsOn.addAll(part.restsOn);
			if (part.reasoning != null) {
				reasons.add(part.reasoning);
			}
			basis = (part.basis.compareTo(basis) > 0) ? part.basis : basis;
		}
		return new Grounds(List.copyOf(citations), basis, reasons.isEmpty() ? null : String.join(" ", reasons),
				List.copyOf(restsOn));
	}

}
