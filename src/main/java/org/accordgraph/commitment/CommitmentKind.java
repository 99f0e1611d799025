package org.accordgraph.commitment;

/** What a commitment undertakes. */
public enum CommitmentKind {

	HOST_EVENT, ADOPT_LAW, ADOPT_PLAN, COOPERATE, SUPPORT

}
