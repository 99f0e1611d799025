package org.accordgraph.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * A briefing as its page shows it: a title, a summary line, sections of entries, each line with
 * the numbers of its footnotes, and the footnotes.
 *
 * @param notes what the page says of what it leaves out, such as commitments beyond those it lists
 * @param statedOnly whether inferred and assumed facts were left out
 * @param asOf the day the briefing speaks for; null for today
 */
record Briefing(BriefingKind kind, String key, String language, String title, String summary, List<String> notes,
		LocalDate asOf,
		boolean statedOnly, List<Section> sections, List<Footnote> footnotes) {

	/** A heading and its entries; a section without entries is not shown. */
	record Section(String heading, List<Entry> entries) {
	}

	/** A fact and the lines that say more about it (its parties, dates, status). */
	record Entry(Line head, List<Line> details) {
	}

	/**
	 * One line of a briefing.
	 *
	 * @param notes the numbers of the footnotes that source it
	 * @param basis how it is known, in the page's words, for a fact a curator inferred or assumed;
	 * null for a stated fact
	 */
	record Line(String text, List<Integer> notes, String basis) {
	}

	/**
	 * A passage that sources lines, numbered in the order it is first cited.
	 *
	 * @param verbatim whether the quote is the source's own words rather than a curator's summary
	 * @param paragraph the paragraph of the source the quote stands in, where known
	 * @param published the source's date, in the page's words
	 * @param noUrl why the source has no address, where it has none
	 */
	record Footnote(int number, String quote, boolean verbatim, Integer paragraph, String source, String publisher,
			String published, String url, String noUrl) {
	}

}
