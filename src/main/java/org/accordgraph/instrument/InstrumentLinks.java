package org.accordgraph.instrument;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.Record;

/**
 * Relationships to instruments stated as facts. Queries that return them name the target
 * {@code t} and the relationship {@code r}.
 */
public final class InstrumentLinks {

	private InstrumentLinks() {
	}

	/** A relationship to a declaration. */
	public record DeclarationLink(Declaration declaration, String note, Grounds grounds) implements Cited {
	}

	/** A relationship to a legal instrument. */
	public record LegalInstrumentLink(LegalInstrument instrument, String note, Grounds grounds) implements Cited {
	}

	static DeclarationLink declaration(Record row) {
		return new DeclarationLink(Declaration.from(row.get("t")), Fields.text(row.get("r"), "note"),
				Grounds.from(row.get("r")));
	}

	static LegalInstrumentLink legalInstrument(Record row) {
		return new LegalInstrumentLink(LegalInstrument.from(row.get("t")), Fields.text(row.get("r"), "note"),
				Grounds.from(row.get("r")));
	}

}
