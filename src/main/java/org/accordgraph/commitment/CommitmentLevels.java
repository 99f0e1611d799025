package org.accordgraph.commitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.actor.Links;
import org.accordgraph.actor.Links.ActorLink;
import org.accordgraph.commitment.CommitmentLinks.OriginLink;
import org.accordgraph.graphql.Selection;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * The nested levels of a commitment {@code n} that the statement reading it reads too, when the
 * request selects them (its citations are {@link org.accordgraph.fact.CitedReads}'): each a
 * {@code COLLECT} subquery, the same one the level's own loader runs for a batch of commitments,
 * so that a level answers the same whichever statement read it.
 */
final class CommitmentLevels {

	/** Who made it, each as {@code {r, t}}, by name. */
	static final String PARTIES = """
			COLLECT { MATCH (n)-[r:COMMITTED_BY]->(t) RETURN {r: r, t: t} AS link ORDER BY toLower(t.name) }""";

	/** What it was made in, as {@code {r, t}}, in a list of at most one. */
	static final String ORIGIN = """
			COLLECT { MATCH (n)-[r:MADE_IN]->(t) RETURN {r: r, t: t} AS link LIMIT 1 }""";

	/** Every assessment of its status, oldest first. */
	static final String STATUS_HISTORY = """
			COLLECT { MATCH (n)-[:HAS_STATUS]->(t:StatusAssessment) RETURN t ORDER BY t.date, t.slug }""";

	static final String PARTIES_LOADER = "Commitment.parties";

	static final String ORIGIN_LOADER = "Commitment.madeIn";

	static final String STATUS_HISTORY_LOADER = "commitmentStatusHistory";

	private final Selection selection;

	/** @param selection what the request selects of each commitment */
	CommitmentLevels(Selection selection) {
		this.selection = selection;
	}

	/** The columns to read beside {@code n}: the levels selected, by column name. */
	Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		if (this.selection.has("parties")) {
			columns.put("parties", PARTIES);
		}
		if (this.selection.has("madeIn")) {
			columns.put("madeIn", ORIGIN);
		}
		if (this.selection.has("status") || this.selection.has("statusHistory")) {
			columns.put("statusHistory", STATUS_HISTORY);
		}
		return columns;
	}

	/** Hands the levels read for the commitment to the request's loaders. */
	void prime(Commitment commitment, MapAccessor row) {
		if (has(row, "parties")) {
			this.selection.prime(PARTIES_LOADER, commitment, parties(row.get("parties")));
		}
		if (has(row, "madeIn")) {
			this.selection.prime(ORIGIN_LOADER, commitment, origin(row.get("madeIn")));
		}
		if (has(row, "statusHistory")) {
			this.selection.prime(STATUS_HISTORY_LOADER, commitment.slug(), statusHistory(row.get("statusHistory")));
		}
	}

	static List<ActorLink> parties(Value links) {
		return links.asList(Links::actor);
	}

	static OriginLink origin(Value links) {
		return links.isEmpty() ? null : CommitmentLinks.origin(links.get(0));
	}

	static List<CommitmentStatusAssessment> statusHistory(Value assessments) {
		return assessments.asList(CommitmentStatusAssessment::from);
	}

	private static boolean has(MapAccessor row, String column) {
		return row.containsKey(column);
	}

}
