package org.accordgraph.proposal;

import java.time.Instant;
import java.util.List;

/**
 * The proposals from one document, held until a curator accepts or rejects them: the document's
 * text (every proposal's {@code start} and {@code end} are offsets in it), its language and what
 * is known of its source.
 */
record ProposalBatch(String id, String text, Language language, DocumentSource source, List<Proposal> proposals,
		Instant proposedAt, Instant expiresAt) {

	String languageTag() {
		return this.language.tag();
	}

}
