package org.accordgraph.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The batches of proposals held for curators, in memory: the newest {@code batchesKept}, each for
 * {@code batchLifetime}. A batch is a draft that reading the document again remakes in a second,
 * not a fact: nothing in the graph depends on it, and a restart loses only drafts. A batch is
 * accepted once: while its change is being written it is taken, and once written it is closed.
 */
@Component
public class ProposalBatches {

	private final Map<String, ProposalBatch> batches = new LinkedHashMap<>();

	/**
	 * The batches taken by a change being written (0), or closed by a written one: its sequence
	 * number, or -1 where it changed nothing.
	 */
	private final Map<String, Long> accepted = new HashMap<>();

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
			this.accepted.remove(oldest.next());
			oldest.remove();
		}
	}

	/** The batch, if it is held and open. */
	public synchronized Optional<ProposalBatch> find(String id) {
		forgetExpired();
		return Optional.ofNullable(this.batches.get(id));
	}

	/**
	 * Takes the batch for a change that accepts it: the batch, or why it cannot be taken. The
	 * caller then {@link #close closes} it with the change written, or {@link #release releases} it.
	 */
	public synchronized Taken take(String id) {
		Optional<ProposalBatch> batch = find(id);
		if (batch.isEmpty()) {
			return new Taken(null, "There is no batch '" + id + "': it was never proposed, or has expired ("
					+ this.limits.batchLifetime().toHours() + " hours) or been forgotten since; propose the document again.",
					true);
		}
		Long change = this.accepted.get(id);
		if (change != null) {
			return new Taken(null, (change == 0) ? "The batch '" + id + "' is being accepted by another request."
					: "The batch '" + id + "' was accepted already" + ((change > 0) ? ", as change " + change
							+ " of the audit trail." : ", changing nothing."), false);
		}
		this.accepted.put(id, 0L);
		return new Taken(batch.get(), null, false);
	}

	/** A batch taken for a change, or why it was not: {@code missing} where there is no such batch. */
	public record Taken(ProposalBatch batch, String refusal, boolean missing) {
	}

	/**
	 * The taken batch was accepted, as that change of the audit trail (0 if it changed nothing):
	 * it cannot be accepted again.
	 */
	public synchronized void close(String id, long change) {
		this.accepted.put(id, (change > 0) ? change : -1);
	}

	/** The taken batch was not accepted after all: it may be accepted again. */
	public synchronized void release(String id) {
		this.accepted.remove(id);
	}

	private void forgetExpired() {
		Instant now = now();
		this.batches.values().removeIf(batch -> {
			boolean expired = batch.expiresAt().isBefore(now);
			if (expired) {
				this.accepted.remove(batch.id());
			}
			return expired;
		});
	}

}
