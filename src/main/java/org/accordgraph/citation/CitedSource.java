package org.accordgraph.citation;

import java.util.List;
import java.util.Map;

/**
 * A source as the API gives it, with, for a fact's citations, the passages the fact quotes from it.
 *
 * @param source the API's fields of the source ({@code slug}, {@code title}, {@code publishedOn}...)
 * @param fact what the passages are quoted for, in the API's words; null for a source alone
 * @param quotes the passages quoted, each with {@code verbatim}
 */
record CitedSource(Map<String, Object> source, String fact, List<Map<String, Object>> quotes) {

	String slug() {
		return (String) this.source.get("slug");
	}

	String field(String name) {
		return (String) this.source.get(name);
	}

	/**
	 * The source's date as a source states it, year first, as exactly as known: {@code [2023, 7, 27]},
	 * {@code [2023, 7]} or {@code [2023]}; none where no source gives it (a date a curator inferred
	 * is in the {@link #note()}, with the reasoning, since a reference manager's date field cannot say so).
	 */
	List<Integer> dateParts() {
		Map<String, Object> published = published();
		if (published == null || !"STATED".equals(published.get("basis"))) {
			return List.of();
		}
		return java.util.Arrays.stream(((String) published.get("iso")).split("-")).map(Integer::valueOf).toList();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> published() {
		return (Map<String, Object>) this.source.get("publishedOn");
	}

	boolean dateApproximate() {
		Map<String, Object> published = published();
		return published != null && Boolean.TRUE.equals(published.get("approximate"));
	}

	/** The source's title; none where no source gives one (its publisher is its author). */
	String title() {
		return field("title");
	}

	/** What a reference manager keeps as a note: why there is no address, and the passages quoted for the fact. */
	String note() {
		StringBuilder note = new StringBuilder();
		if (field("url") == null && field("noUrl") != null) {
			note.append("No address: ").append(field("noUrl"));
		}
		Map<String, Object> published = published();
		if (published != null && !"STATED".equals(published.get("basis"))) {
			if (!note.isEmpty()) {
				note.append(' ');
			}
			note.append("Date not stated by a source; ").append(published.get("basis").toString().toLowerCase(java.util.Locale.ROOT))
				.append(" by Accord Graph's curators: ").append(published.get("iso")).append(". ")
				.append(published.get("reasoning"));
		}
		if (this.fact != null) {
			if (!note.isEmpty()) {
				note.append(' ');
			}
			note.append("Cited in Accord Graph for: ").append(this.fact);
			for (Map<String, Object> quote : this.quotes) {
				note.append(Boolean.TRUE.equals(quote.get("verbatim")) ? " Quote: \u201c" + quote.get("quote") + "\u201d"
						: " Summary (the source's text is not held): " + quote.get("quote"));
			}
		}
		return note.isEmpty() ? null : note.toString();
	}

}
