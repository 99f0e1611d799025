package org.accordgraph.proposal;

import java.util.List;
import java.util.Map;

import org.accordgraph.fact.Basis;

/**
 * A fact a document states, proposed for a curator: the exact words ({@code quote} is the text
 * from {@code start} to {@code end}), the record it would make in the dataset format, the graph's
 * nodes its fields name, how it is known, and the fact already in the graph it repeats, if any.
 */
public record Proposal(String id, ProposalKind kind, String quote, int start, int end, Map<String, Object> fields,
		List<Match> matches, Basis basis, String reasoning, double confidence, String duplicateOf) {

	/**
	 * A node a field names: the graph's own (its label and key) with how sure the match is, or a
	 * node proposed to be created ({@code proposedNew}).
	 */
	public record Match(String field, String words, String label, String key, String name, double score, boolean proposedNew) {
	}

}
