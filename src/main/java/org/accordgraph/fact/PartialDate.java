package org.accordgraph.fact;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/**
 * A date as exact as its source: a day, a month or a year, perhaps approximate ("about",
 * "around", "at least"), with the source's own words for it and how it is known. A month or a
 * year stands for every day in it, from {@code earliest} to {@code latest}.
 *
 * <p>In the graph, a date named {@code f} is the properties {@code f} (its earliest day, which
 * indexes, ranges and sorting use), {@code fLatest}, {@code fPrecision}, {@code fApproximate},
 * {@code fText}, {@code fBasis} and {@code fReasoning}; a bare {@code f} is a stated day.
 */
public record PartialDate(LocalDate earliest, LocalDate latest, DatePrecision precision, boolean approximate,
		String text, Basis basis, String reasoning) {

	/**
	 * The date written in ISO 8601 to its precision: {@code 2024-07-05}, {@code 2022-11} or
	 * {@code 2013}.
	 * @throws IllegalArgumentException if it is none of these
	 */
	public static PartialDate parse(String iso) {
		try {
			return switch (iso.length()) {
				case 4 -> {
					int year = Integer.parseInt(iso);
					yield of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
				}
				case 7 -> {
					YearMonth month = YearMonth.parse(iso);
					yield of(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
				}
				default -> day(LocalDate.parse(iso));
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException("'" + iso + "' is not a date such as 2024-07-05, 2022-11 or 2013");
		}
	}

	/** A stated day. */
	public static PartialDate day(LocalDate day) {
		return of(day, day, DatePrecision.DAY);
	}

	private static PartialDate of(LocalDate earliest, LocalDate latest, DatePrecision precision) {
		return new PartialDate(earliest, latest, precision, false, null, Basis.STATED, null);
	}

	/** The date named {@code field} of a node or relationship; null where it has none. */
	public static PartialDate from(MapAccessor entity, String field) {
		LocalDate earliest = Fields.date(entity, field);
		if (earliest == null) {
			return null;
		}
		String precision = Fields.text(entity, field + "Precision");
		LocalDate latest = Fields.date(entity, field + "Latest");
		String basis = Fields.text(entity, field + "Basis");
		return new PartialDate(earliest, (latest != null) ? latest : earliest,
				(precision != null) ? DatePrecision.valueOf(precision) : DatePrecision.DAY,
				Fields.flag(entity, field + "Approximate"), Fields.text(entity, field + "Text"),
				(basis != null) ? Basis.valueOf(basis) : Basis.STATED, Fields.text(entity, field + "Reasoning"));
	}

	public PartialDate withWords(boolean approximate, String text, Basis basis, String reasoning) {
		return new PartialDate(this.earliest, this.latest, this.precision, approximate, text,
				(basis != null) ? basis : Basis.STATED, reasoning);
	}

	public String iso() {
		return switch (this.precision) {
			case DAY -> this.earliest.toString();
			case MONTH -> YearMonth.from(this.earliest).toString();
			case YEAR -> String.valueOf(this.earliest.getYear());
		};
	}

	/** Whether every day it may denote is after the given day. */
	public boolean isAfter(LocalDate day) {
		return this.earliest.isAfter(day);
	}

	/** Whether every day it may denote is before the given day. */
	public boolean isBefore(LocalDate day) {
		return this.latest.isBefore(day);
	}

	@Override
	public String toString() {
		return iso();
	}

}
