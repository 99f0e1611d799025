package org.accordgraph.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The proposals from one document, held until a curator accepts them: the document's text (every
 * proposal's {@code start} and {@code end} are offsets in it), its language, what is known of its
 * source, and how many proposals were not offered because a curator had rejected them before.
 */
public record ProposalBatch(String id, String text, Language language, DocumentSource source, List<Proposal> proposals,
		int withheld, Instant proposedAt, Instant expiresAt) {

	public String languageTag() {
		return this.language.tag();
	}

	public Optional<Proposal> proposal(String id) {
		return this.proposals.stream().filter(proposal -> proposal.id().equals(id)).findFirst();
	}

}
