package org.accordgraph.proposal;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * A document's sentences, as ICU's segmenter finds them for the document's language, with its
 * standard list of abbreviations and the region's own, so that "U.S. Ambassador" or "г. Астана"
 * does not end one; a line break always does, so that a heading is a sentence of its own. Each is
 * trimmed of surrounding space.
 */
final class Sentences {

	/** Abbreviations the region's documents write before a capital, beyond ICU's own list. */
	private static final List<String> ABBREVIATIONS = List.of("U.S.", "U.K.", "U.N.", "E.U.", "Mr.", "Ms.", "Mrs.", "Dr.",
			"Prof.", "Amb.", "H.E.", "г.", "гг.", "им.", "т.е.", "т.д.", "ул.");

	private Sentences() {
	}

	/**
	 * Whether the text before a break ends with an abbreviation whose inner full stops ICU's filter
	 * does not see ("U.S."), on the same line: a line break still ends a sentence.
	 */
	private static boolean endsWithAbbreviation(String text, int end) {
		String before = text.substring(Math.max(0, end - 12), end);
		if (before.contains("\n")) {
			return false;
		}
		String trimmed = before.stripTrailing();
		for (String abbreviation : ABBREVIATIONS) {
			if (trimmed.endsWith(abbreviation)) {
				int at = trimmed.length() - abbreviation.length();
				if (at == 0 || !Character.isLetter(trimmed.charAt(at - 1))) {
					return true;
				}
			}
		}
		return false;
	}

	static List<Span> of(String text, Language language) {
		ULocale locale = new ULocale(language.tag());
		FilteredBreakIteratorBuilder suppressions = FilteredBreakIteratorBuilder.getInstance(locale);
		ABBREVIATIONS.forEach(suppressions::suppressBreakAfter);
		BreakIterator breaks = suppressions.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
		breaks.setText(text);
		List<Span> sentences = new ArrayList<>();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
			if (end < text.length() && endsWithAbbreviation(text, end)) {
				continue;
			}
			Span.trimmed(text, start, end).ifPresent(sentences::add);
			start = end;
		}
		return sentences;
	}

}
