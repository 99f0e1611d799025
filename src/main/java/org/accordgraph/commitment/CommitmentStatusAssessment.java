package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.fact.Basis;
import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.instrument.StatusHistory;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/**
 * What had become of a commitment as of a date, who assessed it, and where that is written; or,
 * where the commitment fell due after its latest assessment, that its status is unknown since
 * then ({@code lastAssessment} being that assessment).
 */
public record CommitmentStatusAssessment(String slug, CommitmentStatus status, PartialDate date, String assessedBy,
		String note, Grounds grounds, CommitmentStatusAssessment lastAssessment) implements Cited {

	static CommitmentStatusAssessment from(MapAccessor node) {
		return new CommitmentStatusAssessment(Fields.text(node, "slug"),
				CommitmentStatus.valueOf(Fields.text(node, "status")), PartialDate.from(node, "date"),
				Fields.text(node, "assessedBy"), Fields.text(node, "note"), Grounds.from(node), null);
	}

	/**
	 * The status of a commitment on a day: its latest assessment on or before the day, unless the
	 * commitment fell due after that assessment, still open, and before the day: then UNKNOWN.
	 * @param history the assessments, oldest first
	 * @param due when the commitment is due, or null
	 * @param day the day, or null for today
	 */
	static CommitmentStatusAssessment onDay(List<CommitmentStatusAssessment> history, PartialDate due,
			LocalDate day) {
		LocalDate date = StatusHistory.dayOrToday(day);
		CommitmentStatusAssessment latest = StatusHistory.onDay(history, a -> a.date().earliest(), date);
		if (latest == null || due == null || !CommitmentStatus.OPEN.contains(latest.status())
				|| !due.isBefore(date) || latest.date().earliest().isAfter(due.latest())) {
			return latest;
		}
		return latest.unknownAfter(due);
	}

	private CommitmentStatusAssessment unknownAfter(PartialDate due) {
		String reasoning = "Due by %s, which has passed since the latest assessment (%s on %s); no later source is held."
			.formatted(due.iso(), this.status, this.date.iso());
		return new CommitmentStatusAssessment(this.slug + "-unknown", CommitmentStatus.UNKNOWN, this.date,
				"Accord Graph (derived)", null,
				new Grounds(citationKeys(), Basis.INFERRED, reasoning, List.of()), this);
	}

	/** Whether this says that the status is unknown since {@link #lastAssessment()}. */
	public boolean stale() {
		return this.lastAssessment != null;
	}

}
