package org.accordgraph.proposal;

/** What a proposal states. */
public enum ProposalKind {

	/** A conference or other event, with its dates and place. */
	EVENT,
	/** Who hosted an event. */
	HOST,
	/** Who co-organised an event. */
	CO_ORGANISER,
	/** Who funded an event. */
	FUNDER,
	/** Who attended an event. */
	PARTICIPANT,
	/** What someone said, in their post, where. */
	STATEMENT,
	/** What was undertaken, by whom, by when. */
	UNDERTAKING

}
