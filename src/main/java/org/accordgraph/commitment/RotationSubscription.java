package org.accordgraph.commitment;

import java.util.List;

import org.accordgraph.audit.ChangeFeed;
import org.accordgraph.audit.ChangeLog.Change;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** {@code rotationChanged}: a series' hosting rotation now, and again each time a change alters it. */
@Controller
class RotationSubscription {

	private final ChangeFeed feed;

	private final HostingRotations rotations;

	RotationSubscription(ChangeFeed feed, HostingRotations rotations) {
		this.feed = feed;
		this.rotations = rotations;
	}

	@SubscriptionMapping
	Flux<List<HostingSlot>> rotationChanged(@Argument String series) {
		long seen = this.feed.lastSequence();
		List<HostingSlot> now = this.rotations.of(series, null);
		return Flux.just(now)
			.concatWith(this.feed.after(seen)
				.map(Change::sequence)
				.distinctUntilChanged()
				.concatMap(sequence -> Mono.fromCallable(() -> this.rotations.of(series, null))))
			.distinctUntilChanged();
	}

}
