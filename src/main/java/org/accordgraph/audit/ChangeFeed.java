package org.accordgraph.audit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.accordgraph.audit.ChangeLog.Change;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Changes as they are made, read from the audit trail in the graph: one poll of the last sequence
 * number per interval for the whole instance, shared by its subscribers while it has any; each
 * subscriber then reads the changes after the last one it was given. Whatever instance made a
 * change, every instance reads it; a subscriber resuming after a sequence number misses nothing.
 */
@Component
public class ChangeFeed {

	/** Changes read at a time, for a subscriber catching up on many. */
	private static final int PAGE = 500;

	private final ChangeLog changeLog;

	/** The last sequence number, each time it grows. */
	private final Flux<Long> latest;

	ChangeFeed(ChangeLog changeLog, @Value("${accord.curation.change-poll-interval:250ms}") Duration interval) {
		this.changeLog = changeLog;
		this.latest = Flux.interval(Duration.ZERO, interval, Schedulers.boundedElastic())
			.onBackpressureDrop()
			.concatMap(tick -> Mono.fromCallable(changeLog::lastSequence).onErrorResume(ex -> Mono.empty()), 1)
			.distinctUntilChanged()
			.replay(1)
			.refCount();
	}

	/** The sequence number of the last change made; 0 before any. */
	public long lastSequence() {
		return this.changeLog.lastSequence();
	}

	/**
	 * @param afterSequence where the subscriber left off; null for the changes from now on
	 */
	public Flux<Change> after(Long afterSequence) {
		return Flux.defer(() -> {
			long start = (afterSequence != null) ? afterSequence : this.changeLog.lastSequence();
			AtomicReference<Position> seen = new AtomicReference<>(new Position(start, Integer.MAX_VALUE));
			return this.latest.onBackpressureLatest().concatMap(last -> unread(seen), 1);
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/** Every change after the position, page by page, moving the position on. */
	private Flux<Change> unread(AtomicReference<Position> seen) {
		return Flux.defer(() -> {
			Position from = seen.get();
			List<Change> page = this.changeLog.after(from.sequence(), from.part(), PAGE);
			if (page.isEmpty()) {
				return Flux.empty();
			}
			Change last = page.get(page.size() - 1);
			seen.set(new Position(last.sequence(), last.part()));
			return Flux.fromIterable(page).concatWith(unread(seen));
		});
	}

	/** The last change given: a part of a sequence, or all of it ({@code Integer.MAX_VALUE}). */
	private record Position(long sequence, int part) {
	}

}
