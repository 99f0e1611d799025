package org.accordgraph.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a source we hold, and where a quote stands in it. Quotes are matched letter for
 * letter, except that any run of whitespace (spaces, no-break spaces, line breaks) in either
 * compares as a single space: curators need not type the no-break spaces of a web page.
 */
public final class SourceText {

	/** A quote found in the text: the text's own characters, and where they stand. */
	record Passage(String exactText, int offset, int paragraph) {
	}

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*?\\n\\s*");

	private final String text;

	private final String normalised;

	/** For each character of {@link #normalised}, its index in {@link #text}. */
	private final int[] origin;

	SourceText(String text) {
		this.text = text;
		StringBuilder out = new StringBuilder(text.length());
		List<Integer> positions = new ArrayList<>(text.length());
		boolean inSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				if (!inSpace) {
					out.append(' ');
					positions.add(i);
				}
				inSpace = true;
			}
			else {
				out.append(c);
				positions.add(i);
				inSpace = false;
			}
		}
		this.normalised = out.toString();
		this.origin = positions.stream().mapToInt(Integer::intValue).toArray();
	}

	public String text() {
		return this.text;
	}

	Optional<Passage> find(String quote) {
		String wanted = normalise(quote);
		int at = wanted.isEmpty() ? -1 : this.normalised.indexOf(wanted);
		if (at < 0) {
			return Optional.empty();
		}
		int start = this.origin[at];
		int end = this.origin[at + wanted.length() - 1] + 1;
		return Optional.of(new Passage(this.text.substring(start, end), start, paragraphAt(start)));
	}

	/** 1-based: paragraphs are separated by blank lines. */
	private int paragraphAt(int offset) {
		return 1 + (int) PARAGRAPH_BREAK.matcher(this.text.substring(0, offset).stripLeading()).results().count();
	}

	static String normalise(String s) {
		StringBuilder out = new StringBuilder(s.length());
		boolean inSpace = false;
		for (char c : s.strip().toCharArray()) {
			if (isSpace(c)) {
				if (!inSpace) {
					out.append(' ');
				}
				inSpace = true;
			}
			else {
				out.append(c);
				inSpace = false;
			}
		}
		return out.toString().strip();
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

}
