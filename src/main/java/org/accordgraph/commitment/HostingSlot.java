package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.actor.Country;
import org.accordgraph.event.Conference;
import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;

/**
 * One year of a conference series' hosting rotation: the country that undertook to host, the
 * edition held (or scheduled) that year if any, and where the undertaking is written.
 *
 * @param statusHistory the assessments of the undertaking, oldest first
 * @param asOf the day the slot speaks for; null for today
 */
public record HostingSlot(int year, Country country, Conference conference, Commitment commitment,
		List<CommitmentStatusAssessment> statusHistory, LocalDate asOf, Grounds grounds) implements Cited {

	/** Whether the undertaking was known on the day: its first assessment is that old. */
	boolean knownOn(LocalDate day) {
		return day == null || (!this.statusHistory.isEmpty() && !this.statusHistory.get(0).date().isAfter(day));
	}

	/** The undertaking's status on a day, or on the day the slot speaks for. */
	CommitmentStatusAssessment status(LocalDate day) {
		return CommitmentStatusAssessment.onDay(this.statusHistory, this.commitment.dueDate(),
				(day != null) ? day : this.asOf);
	}

	/** The slot as it stood on a day: an edition only if it had begun by then. */
	HostingSlot on(LocalDate day) {
		if (day == null) {
			return this;
		}
		Conference held = (this.conference != null && !this.conference.startDate().isAfter(day)) ? this.conference
				: null;
		return new HostingSlot(this.year, this.country, held, this.commitment, this.statusHistory, day,
				this.grounds);
	}

}
