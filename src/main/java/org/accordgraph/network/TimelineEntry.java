package org.accordgraph.network;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.PartialDate;

/**
 * Something that happened to or through an actor or a conference series, on a day.
 *
 * @param role how the actor (or series) was involved
 * @param status the status assessed, for status entries
 */
record TimelineEntry(PartialDate date, Kind kind, Role role, Object subject, String status, Grounds grounds)
		implements Cited {

	enum Kind {

		CONFERENCE, DECLARATION, COMMITMENT_MADE, COMMITMENT_STATUS, LAW_STATUS, ACTION_PLAN, POSITION, STATEMENT

	}

	enum Role {

		HOST, CO_ORGANISER, FUNDER, SUPPORTER, PARTICIPANT, EDITION, AGREED_AT, ESTABLISHED_BY, PARTY, NAMED_HOST, CONCERNED, JURISDICTION,
		ACTOR, COUNTRY, HOLDER, SPEAKER

	}

}
