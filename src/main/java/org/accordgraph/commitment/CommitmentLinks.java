package org.accordgraph.commitment;

import org.accordgraph.event.Conference;
import org.accordgraph.event.Statement;
import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.instrument.ActionPlan;
import org.accordgraph.instrument.Declaration;
import org.accordgraph.instrument.LegalInstrument;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/**
 * Where commitments were made and what fulfilled them, stated as facts. Queries that return them
 * name the target {@code t} and the relationship {@code r}.
 */
public final class CommitmentLinks {

	private CommitmentLinks() {
	}

	/** The declaration, action plan, legal instrument or statement a commitment was made in. */
	public record OriginLink(Object origin, String note, Grounds grounds) implements Cited {
	}

	/** The conference held, the law or plan adopted, that fulfilled a commitment. */
	public record FulfilmentLink(Object fulfilment, String note, Grounds grounds) implements Cited {
	}

	static OriginLink origin(MapAccessor row) {
		return new OriginLink(instrumentOrEvent(row.get("t").asNode()), Fields.text(row.get("r"), "note"),
				Grounds.from(row.get("r")));
	}

	static FulfilmentLink fulfilment(MapAccessor row) {
		return new FulfilmentLink(instrumentOrEvent(row.get("t").asNode()), Fields.text(row.get("r"), "note"),
				Grounds.from(row.get("r")));
	}

	private static Object instrumentOrEvent(Node node) {
		if (node.hasLabel("Declaration")) {
			return Declaration.from(node);
		}
		if (node.hasLabel("ActionPlan")) {
			return ActionPlan.from(node);
		}
		if (node.hasLabel("LegalInstrument")) {
			return LegalInstrument.from(node);
		}
		if (node.hasLabel("Statement")) {
			return Statement.from(node);
		}
		if (node.hasLabel("Conference")) {
			return Conference.from(node);
		}
		throw new IllegalArgumentException("Neither an instrument nor an event: " + node.labels());
	}

}
