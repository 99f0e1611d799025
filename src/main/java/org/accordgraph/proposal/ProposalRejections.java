package org.accordgraph.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals curators rejected, kept in the graph as {@code RejectedProposal} nodes by the
 * proposal's id: not facts (no reader sees them), but what proposing the same document again
 * leaves out. Rejecting one twice keeps the first rejection.
 */
@Repository
public class ProposalRejections {

	private final Neo4jClient neo4j;

	ProposalRejections(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Records that the curator rejected these proposals of the batch; returns their ids. */
	@Transactional
	public List<String> reject(ProposalBatch batch, List<Proposal> proposals, String curator, String reason) {
		List<Map<String, Object>> rows = proposals.stream()
			.map(proposal -> Map.<String, Object>of("id", proposal.id(), "kind", proposal.kind().name(), "quote",
					proposal.quote()))
			.toList();
		this.neo4j.query("""
				UNWIND $rows AS row
				MERGE (r:RejectedProposal {id: row.id})
				ON CREATE SET r.kind = row.kind, r.quote = row.quote, r.batch = $batch, r.by = $by,
				  r.reason = $reason, r.at = datetime.transaction('UTC')""")
			.bindAll(Map.of("rows", rows, "batch", batch.id(), "by", curator, "reason", (reason != null) ? reason : ""))
			.run();
		return proposals.stream().map(Proposal::id).toList();
	}

	/** Those of the ids that a curator has rejected. */
	@Transactional(readOnly = true)
	Set<String> rejected(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return this.neo4j.query("MATCH (r:RejectedProposal) WHERE r.id IN $ids RETURN r.id")
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(String.class)
			.all()
			.stream()
			.collect(Collectors.toSet());
	}

}
