package org.accordgraph.instrument;

/** What kind of legal instrument it is. */
public enum LegalInstrumentKind {

	LAW, DECREE, RESOLUTION, REGULATION

}
