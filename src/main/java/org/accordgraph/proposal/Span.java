package org.accordgraph.proposal;

import java.util.Optional;

/** A stretch of a document's text: {@code text.substring(start, end)} is {@code words}. */
record Span(int start, int end, String words) {

	static Span of(String text, int start, int end) {
		return new Span(start, end, text.substring(start, end));
	}

	/** The stretch from {@code start} to {@code end} without the space around it; empty if it is all space. */
	static Optional<Span> trimmed(String text, int start, int end) {
		int from = start;
		int to = end;
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		return (from < to) ? Optional.of(of(text, from, to)) : Optional.empty();
	}

	boolean contains(Span other) {
		return this.start <= other.start && other.end <= this.end;
	}

}
