package org.accordgraph.format;

/** What becomes of a record whose key is already in the graph. */
public enum WriteMode {

	/** It is replaced: an import. */
	MERGE,
	/** It is refused as a duplicate: a curator creating records. */
	CREATE

}
