package org.accordgraph.format;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;

/** The parts of the dataset format every section shares: how a fact is known, a relationship stated as a fact, a date, a count. */
public final class Entries {

	private Entries() {
	}

	/**
	 * How a fact is known: {@code basis} STATED (the default: its citations say it), INFERRED or
	 * ASSUMED, the latter two with the curator's {@code reasoning} and, for an inference, the keys
	 * of the facts of the graph it {@code restsOn}.
	 */
	public interface Known {

		List<String> cite();

		String basis();

		String reasoning();

		List<String> restsOn();

		/**
		 * Whether the fact is knowingly recorded without a citation; such a fact is marked
		 * unsourced, and curators can list it.
		 */
		default Boolean unsourced() {
			return null;
		}

	}

	public static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/**
	 * A relationship stated as a fact: its target (named by the key that says what it is:
	 * {@code country}, {@code organisation}, {@code actor} ...), its citations, and an optional
	 * curator's note.
	 */
	public record Link(@JsonAlias({ "country", "organisation", "actor", "conference", "series", "observance",
			"topic", "instrument", "statement", "source" }) String to, List<String> cite, String note, String delegation,
			String basis, String reasoning, List<String> restsOn, Boolean unsourced) implements Known {
		public Link {
			cite = orEmpty(cite);
			restsOn = orEmpty(restsOn);
		}
	}

	/**
	 * A date as exact as its source: {@code 2024-07-05}, {@code 2022-11} or {@code 2013}, or, where
	 * the source hedges it or a curator inferred or assumed it, {@code {date, approximate, text,
	 * basis, reasoning}}.
	 */
	public record DateEntry(String date, Boolean approximate, String text, String basis, String reasoning) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public DateEntry {
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static DateEntry of(String date) {
			return new DateEntry(date, null, null, null, null);
		}
	}

	/** A number as exact as its source: {@code 60}, or {@code {value, approximate, text}} ("about 60"). */
	public record CountEntry(Integer value, Boolean approximate, String text, String basis, String reasoning) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public CountEntry {
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static CountEntry of(int value) {
			return new CountEntry(value, null, null, null, null);
		}
	}

}
