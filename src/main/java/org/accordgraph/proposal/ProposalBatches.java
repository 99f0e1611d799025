package org.accordgraph.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The batches of proposals held for curators, in memory: the newest {@code batchesKept}, each for
 * {@code batchLifetime}. A batch is a draft that reading the document again remakes in a second,
 * not a fact: nothing in the graph depends on it, and a restart loses only drafts.
 */
@Component
class ProposalBatches {

	private final Map<String, ProposalBatch> batches = new LinkedHashMap<>();

	private final ProposalLimits limits;

	private final Clock clock;

	ProposalBatches(ProposalLimits limits) {
		this.limits = limits;
		this.clock = Clock.systemUTC();
	}

	Instant now() {
		return this.clock.instant();
	}

	Instant expiry(Instant proposedAt) {
		return proposedAt.plus(this.limits.batchLifetime());
	}

	synchronized void keep(ProposalBatch batch) {
		forgetExpired();
		this.batches.put(batch.id(), batch);
		Iterator<String> oldest = this.batches.keySet().iterator();
		while (this.batches.size() > this.limits.batchesKept() && oldest.hasNext()) {
			oldest.next();
			oldest.remove();
		}
	}

	synchronized Optional<ProposalBatch> find(String id) {
		forgetExpired();
		return Optional.ofNullable(this.batches.get(id));
	}

	private void forgetExpired() {
		Instant now = now();
		this.batches.values().removeIf(batch -> batch.expiresAt().isBefore(now));
	}

}
