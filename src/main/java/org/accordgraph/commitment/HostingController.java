package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.accordgraph.event.ConferenceSeries;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Hosting rotations: who undertook to host each edition of a series, who hosts a given year, who
 * is next, which editions are still to be held; each as known on a day when asked.
 */
@Controller
class HostingController {

	/** Statuses of an undertaking to host whose edition is not known to have been held. */
	private static final Set<CommitmentStatus> NOT_KNOWN_HELD = EnumSet.of(CommitmentStatus.PENDING,
			CommitmentStatus.IN_PROGRESS, CommitmentStatus.UNKNOWN);

	private final HostingRotations rotations;

	HostingController(CommitmentRepository commitments, HostingRotations rotations, BatchLoaderRegistry loaders) {
		this.rotations = rotations;
		loaders.<String, List<HostingSlot>>forName("hostingRotation")
			.registerMappedBatchLoader(
					(series, env) -> Mono.fromCallable(() -> commitments.hostingRotations(List.copyOf(series))));
	}

	@QueryMapping
	List<HostingSlot> hostingRotation(@Argument String series, @Argument LocalDate asOf) {
		return this.rotations.of(series, asOf);
	}

	@SchemaMapping(typeName = "ConferenceSeries", field = "hostingRotation")
	CompletableFuture<List<HostingSlot>> rotationOfSeries(ConferenceSeries series, @Argument LocalDate asOf,
			DataLoader<String, List<HostingSlot>> hostingRotation) {
		return rotation(series, asOf, hostingRotation);
	}

	@SchemaMapping(typeName = "ConferenceSeries")
	CompletableFuture<HostingSlot> host(ConferenceSeries series, @Argument int year, @Argument LocalDate asOf,
			DataLoader<String, List<HostingSlot>> hostingRotation) {
		return rotation(series, asOf, hostingRotation)
			.thenApply(slots -> slots.stream().filter(slot -> slot.year() == year).findFirst().orElse(null));
	}

	@SchemaMapping(typeName = "ConferenceSeries")
	CompletableFuture<HostingSlot> nextHost(ConferenceSeries series, @Argument int after, @Argument LocalDate asOf,
			DataLoader<String, List<HostingSlot>> hostingRotation) {
		return rotation(series, asOf, hostingRotation)
			.thenApply(slots -> slots.stream().filter(slot -> slot.year() > after).findFirst().orElse(null));
	}

	/**
	 * The slots whose undertaking was pending, in progress or unknown on the day: editions not
	 * known to have been held, each with its status saying which.
	 */
	@SchemaMapping(typeName = "ConferenceSeries")
	CompletableFuture<List<HostingSlot>> editionsToBeHeld(ConferenceSeries series, @Argument LocalDate asOf,
			DataLoader<String, List<HostingSlot>> hostingRotation) {
		return rotation(series, asOf, hostingRotation).thenApply(slots -> slots.stream().filter(slot -> {
			CommitmentStatusAssessment status = slot.status(asOf);
			return status != null && NOT_KNOWN_HELD.contains(status.status());
		}).toList());
	}

	/** The undertaking's status on {@code asOf}, or else on the day the slot speaks for. */
	@SchemaMapping(typeName = "HostingSlot")
	CommitmentStatusAssessment status(HostingSlot slot, @Argument LocalDate asOf) {
		return slot.status(asOf);
	}

	private CompletableFuture<List<HostingSlot>> rotation(ConferenceSeries series, LocalDate asOf,
			DataLoader<String, List<HostingSlot>> loader) {
		return loader.load(series.slug())
			.thenApply(slots -> HostingRotations.on((slots != null) ? slots : List.of(), asOf));
	}

}
