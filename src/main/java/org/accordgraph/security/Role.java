package org.accordgraph.security;

/** What a signed-in person may do beyond reading, which anyone may. */
public enum Role {

	/** Creates, updates and links facts, and records assessments. */
	CURATOR,

	/** Everything a curator does, and deletes, imports and restores. */
	ADMIN;

	/** The authority Spring Security checks, such as {@code ROLE_CURATOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
