package org.accordgraph.network;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.evidence.Cited;

/**
 * Something that happened to or through an actor or a conference series, on a day.
 *
 * @param role how the actor (or series) was involved
 * @param status the status assessed, for status entries
 */
record TimelineEntry(LocalDate date, Kind kind, Role role, Object subject, String status, List<String> citationKeys)
		implements Cited {

	enum Kind {

		CONFERENCE, DECLARATION, COMMITMENT_MADE, COMMITMENT_STATUS, LAW_STATUS, ACTION_PLAN, POSITION, STATEMENT

	}

	enum Role {

		HOST, CO_ORGANISER, FUNDER, SUPPORTER, PARTICIPANT, EDITION, ESTABLISHED_BY, PARTY, CONCERNED, JURISDICTION,
		ACTOR, COUNTRY, HOLDER, SPEAKER

	}

}
