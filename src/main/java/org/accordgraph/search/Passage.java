package org.accordgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a matching text to show: the whole text when short, otherwise a window around the
 * first match; with where each searched word (or word it begins) stands in it.
 */
record Passage(String text, List<TextSpan> matches) {

	static final int WINDOW = 200;

	/** Where a match stands in a passage: from {@code start} (included) to {@code end} (excluded). */
	record TextSpan(int start, int end) {
	}

	/** Null if none of the words occurs in the text. */
	static Passage of(String text, List<String> words) {
		List<TextSpan> spans = spans(text, words);
		if (spans.isEmpty()) {
			return null;
		}
		if (text.length() <= WINDOW) {
			return new Passage(text, spans);
		}
		int start = wordStart(text, Math.max(0, Math.min(densest(text, spans) - WINDOW / 4, text.length() - WINDOW)));
		int end = wordEnd(text, Math.min(text.length(), start + WINDOW));
		String prefix = (start > 0) ? "…" : "";
		String window = prefix + text.substring(start, end) + ((end < text.length()) ? "…" : "");
		return new Passage(window, spans(window, words));
	}

	/** Where the window holding the most matched words begins: the start of a match. */
	private static int densest(String text, List<TextSpan> spans) {
		int best = spans.get(0).start();
		long bestCount = 0;
		for (TextSpan candidate : spans) {
			int from = candidate.start() - WINDOW / 4;
			int to = from + WINDOW;
			long count = spans.stream()
				.filter(span -> span.start() >= from && span.end() <= to)
				.map(span -> text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT))
				.distinct()
				.count();
			if (count > bestCount) {
				best = candidate.start();
				bestCount = count;
			}
		}
		return best;
	}

	private static int wordEnd(String text, int index) {
		int at = index;
		while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && at - index < 20) {
			at++;
		}
		return at;
	}

	private static int wordStart(String text, int index) {
		int at = index;
		while (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && index - at < 20) {
			at--;
		}
		return at;
	}

	/** Each occurrence of a word, or of a longer word it begins, in any case. */
	private static List<TextSpan> spans(String text, List<String> words) {
		List<TextSpan> spans = new ArrayList<>();
		String lower = text.toLowerCase(Locale.ROOT);
		for (String word : words) {
			Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "[\\p{L}\\p{N}]*")
				.matcher(lower);
			while (matcher.find()) {
				spans.add(new TextSpan(matcher.start(), matcher.end()));
			}
		}
		spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return spans;
	}

}
