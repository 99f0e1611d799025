package org.accordgraph.instrument;

/** Where a legal instrument stands in its life. */
public enum LegalStatus {

	DRAFT, UNDER_CONSIDERATION, ADOPTED, IN_FORCE, AMENDED, REPEALED, WITHDRAWN

}
