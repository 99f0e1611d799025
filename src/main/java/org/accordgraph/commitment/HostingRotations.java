package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.graphql.NotFoundException;

import org.springframework.stereotype.Component;

/** A series' hosting rotation as known on a day: what the rotation query answers, and what subscribers watch. */
@Component
public class HostingRotations {

	private final CommitmentRepository commitments;

	HostingRotations(CommitmentRepository commitments) {
		this.commitments = commitments;
	}

	/**
	 * @param asOf the day; null for today
	 * @throws NotFoundException naming the argument {@code series} if there is no such series
	 */
	public List<HostingSlot> of(String series, LocalDate asOf) {
		List<HostingSlot> slots = this.commitments.hostingRotations(List.of(series)).getOrDefault(series, List.of());
		if (slots.isEmpty() && !this.commitments.seriesExists(series)) {
			throw new NotFoundException("series", "there is no conference series '" + series + "'");
		}
		return on(slots, asOf);
	}

	/** The rotation as known on a day: undertakings made by then, editions begun by then. */
	static List<HostingSlot> on(List<HostingSlot> slots, LocalDate asOf) {
		return slots.stream().filter(slot -> slot.knownOn(asOf)).map(slot -> slot.on(asOf)).toList();
	}

}
