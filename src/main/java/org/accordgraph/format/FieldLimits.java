package org.accordgraph.format;

import org.accordgraph.graphql.GlobalId;

/** How long what a dataset or a curator sends may be, wherever it is checked. */
public final class FieldLimits {

	/** The longest key, the same a global id may carry. */
	public static final int MAX_KEY_LENGTH = GlobalId.MAX_KEY_LENGTH;

	/** The longest text a field may hold; a source's full text is a file of its own, not a field. */
	public static final int MAX_TEXT_LENGTH = 20_000;

	private FieldLimits() {
	}

}
