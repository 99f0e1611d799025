package org.accordgraph.theme;

/** The anti-trafficking "four Ps", the controlled vocabulary of themes. */
public enum Theme {

	PREVENTION, PROSECUTION, PROTECTION, PARTNERSHIP

}
