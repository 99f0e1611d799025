package org.accordgraph.format;

import java.util.Set;

/**
 * The records already in the graph that a dataset or a mutation may refer to without defining
 * them: a node by its key, a source's passage, a source's text.
 */
public interface GraphRecords {

	/** Nothing: a dataset that must define everything it names. */
	GraphRecords NONE = new GraphRecords() {

		@Override
		public String labelOf(String key, Set<String> labels) {
			return null;
		}

		@Override
		public Passage passage(String key) {
			return null;
		}

		@Override
		public String sourceText(String slug) {
			return null;
		}

	};

	/** The label, among {@code labels}, of the node the key names; null if none does. */
	String labelOf(String key, Set<String> labels);

	/** The passage of that key ({@code "<source>#<name>"}); null if none. */
	Passage passage(String key);

	/** The text held of a source; null if the source is not in the graph or its text is not held. */
	String sourceText(String slug);

	/** A cited passage: its words, and whether they were checked against the source's text. */
	record Passage(String quote, boolean verbatim) {
	}

}
