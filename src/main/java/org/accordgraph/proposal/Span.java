package org.accordgraph.proposal;

/** A stretch of a document's text: {@code text.substring(start, end)} is {@code words}. */
record Span(int start, int end, String words) {

	static Span of(String text, int start, int end) {
		return new Span(start, end, text.substring(start, end));
	}

	boolean contains(Span other) {
		return this.start <= other.start && other.end <= this.end;
	}

}
