package org.accordgraph.instrument;

import java.util.List;
import java.util.Map;

import org.accordgraph.actor.Actor;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Mapping;

/**
 * Assessments of a status in the dataset format: the {@code statusHistory} of a law or a
 * commitment, and the {@code assessments} section that adds to a history defined elsewhere. Each
 * becomes a {@code StatusAssessment} node the subject {@code HAS_STATUS}.
 */
public final class Assessments {

	private Assessments() {
	}

	/** What an assessment says, however it is given. */
	public interface Assessment extends Known {

		/** Its own slug; null to make one of subject, date and status. */
		String slug();

		String status();

		DateEntry date();

		/** The actor who acted, such as the parliament that adopted a law. */
		String by();

		String note();

		Integer chapters();

		Integer articles();

		/** The curator who assessed it; null for the curators of the bundled data. */
		String assessedBy();

	}

	/** One assessment of a status in a history: what was true from {@code date} on, who acted, where it is written. */
	public record StatusEntry(String status, DateEntry date, String by, String note, Integer chapters,
			Integer articles, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Assessment {
		public StatusEntry {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}

		@Override
		public String slug() {
			return null;
		}

		@Override
		public String assessedBy() {
			return null;
		}
	}

	/** Maps a history: each assessment in the order given. */
	public static <E extends Enum<E>> void history(Mapping m, String label, String subject,
			List<StatusEntry> history, Class<E> statuses) {
		for (int i = 0; i < history.size(); i++) {
			assess(m, label, subject, history.get(i), "statusHistory[" + i + "].", statuses);
		}
	}

	/**
	 * An assessment in the status history of the subject (a commitment or a law, by label).
	 * @param field the prefix of its fields in problems
	 * @return the assessment's slug, or null if it is wrong
	 */
	public static <E extends Enum<E>> String assess(Mapping m, String label, String subject, Assessment entry,
			String field, Class<E> statuses) {
		E status = m.parse(entry.status(), statuses, field + "status");
		m.require(entry.date(), field + "date");
		if (status == null || entry.date() == null) {
			return null;
		}
		Map<String, Object> props = Mapping.props("status", status.name(), "note", entry.note(), "chapters",
				entry.chapters(), "articles", entry.articles(), "assessedBy",
				(entry.assessedBy() != null) ? entry.assessedBy() : "Accord Graph curators");
		PartialDate date = m.date(props, "date", entry.date(), entry.cite(), field + "date");
		if (date == null) {
			return null;
		}
		String slug = (entry.slug() != null) ? entry.slug()
				: subject + "-" + date.iso() + "-" + status.name().toLowerCase().replace('_', '-');
		props.put("slug", slug);
		if (entry.slug() == null) {
			m.define(slug, "StatusAssessment");
		}
		Map<String, Object> grounds = m.cited("StatusAssessment", props, entry,
				field.isEmpty() ? null : field.substring(0, field.length() - 1));
		m.plan().relationship(label, subject, "HAS_STATUS", "StatusAssessment", slug, Map.of());
		m.ref("StatusAssessment", slug, "BY", entry.by(), field + "by", Actor.LABELS, grounds, false);
		return slug;
	}

}
