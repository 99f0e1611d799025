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
	UNDERTAKING,
	/** An action plan or a law: its period or title, its country, where it stands. */
	INSTRUMENT,
	/** A figure with its year: a share or a number of people or cases. */
	FIGURE,
	/** A post a person the graph holds is named in. */
	POST,
	/** Another name of an organisation the graph holds: an acronym in brackets after its name. */
	ALIAS

}
