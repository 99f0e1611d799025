package org.accordgraph.format;

import java.util.ArrayList;
import java.util.List;

/**
 * What a write did: nodes and relationships created, changed and found as they were, and, if
 * they were kept, the changes themselves.
 */
public record Written(long created, long changed, long unchanged, List<GraphChange> changes) {

	/** This write and then that one, as one. */
	public Written plus(Written other) {
		List<GraphChange> all = new ArrayList<>(this.changes);
		all.addAll(other.changes);
		return new Written(this.created + other.created, this.changed + other.changed,
				this.unchanged + other.unchanged, all);
	}

}
