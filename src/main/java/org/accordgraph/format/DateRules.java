package org.accordgraph.format;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.fact.Basis;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Problem.Rule;

/**
 * Dates as exact as their sources: a stated date must be named by a citation of its fact to its
 * precision, and hedged if the citation hedges it; stored as described by {@link PartialDate}.
 */
final class DateRules {

	/** The dates that say when a fact began, which a bound such as "from at least" does not give. */
	private static final Set<String> BEGINNINGS = Set.of("from", "startDate", "establishedOn");

	private final CitationRules citations;

	private final Problems problems;

	DateRules(CitationRules citations, Problems problems) {
		this.citations = citations;
		this.problems = problems;
	}

	PartialDate date(Map<String, Object> props, String name, DateEntry entry, List<String> cite, String field) {
		return dateNamedBy(props, name, entry, this.citations.datesNamedBy(cite), field);
	}

	/**
	 * @param mentions the dates the citations of the fact name; null when a citation is wrong, and
	 * whether they name the date cannot be told
	 */
	PartialDate dateNamedBy(Map<String, Object> props, String name, DateEntry entry, List<DateMentions> mentions,
			String field) {
		if (entry == null) {
			return null;
		}
		PartialDate parsed;
		try {
			parsed = PartialDate.parse(this.problems.require(entry.date(), field + ".date"));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			this.problems.report(Rule.FORMAT, field, (entry.date() == null) ? "has no date" : ex.getMessage());
			return null;
		}
		Basis basis = this.citations.basis(entry.basis(), entry.reasoning(), field + ".");
		boolean approximate = Boolean.TRUE.equals(entry.approximate());
		PartialDate date = parsed.withWords(approximate, entry.text(), basis, entry.reasoning());
		if (basis == Basis.STATED && mentions != null) {
			if (mentions.stream().noneMatch(m -> m.names(date))) {
				this.problems.report(Rule.EVIDENCE, field, "no citation of the fact names " + date.iso() + " ("
						+ date.precision().name().toLowerCase()
						+ "): make it as exact as they are, or mark it INFERRED or ASSUMED with reasoning");
			}
			else if (!approximate && mentions.stream().anyMatch(m -> m.hedges(date))) {
				this.problems.report(Rule.EVIDENCE, field,
						"its citation hedges " + date.iso() + " (\"about\", \"around\"): set approximate");
			}
			else if (BEGINNINGS.contains(name) && mentions.stream().anyMatch(m -> m.bounds(date))) {
				this.problems.report(Rule.EVIDENCE, field, "its citation gives " + date.iso()
						+ " as a bound (\"at least\"), not when it began: record a date it is known to hold on (heldOn for a post)");
			}
		}
		props.put(name, date.earliest());
		props.put(name + "Latest", date.latest());
		props.put(name + "Precision", date.precision().name());
		props.put(name + "Approximate", approximate ? true : null);
		props.put(name + "Text", date.text());
		props.put(name + "Basis", Mapping.name(basis));
		props.put(name + "Reasoning", date.reasoning());
		return date;
	}

}
