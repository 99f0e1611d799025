package org.accordgraph.commitment;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.fact.Basis;
import org.accordgraph.graphql.DateRange;
import org.accordgraph.graphql.IntRange;
import org.accordgraph.theme.Theme;

/**
 * Which commitments to list; every condition given must hold.
 *
 * @param party a country's ISO code (any case) or an organisation's slug: commitments that actor
 * made
 * @param host a country's ISO code (any case): the undertakings to host that name it as the host
 * (which does not make it a party)
 * @param madeIn the slug of the declaration, action plan, law or statement they were made in
 * @param theme a theme they fall under
 * @param kind kinds, one of which they are
 * @param text words the commitment's text contains, in any case
 * @param series the slug of the conference series they concern
 * @param year the years they are for
 * @param dueDate the days they are due within
 * @param status statuses, one of which they had on {@code statusAsOf}
 * @param statusNot statuses they did not have on {@code statusAsOf} (a commitment not yet
 * assessed then has none of them)
 * @param statusAsOf the day {@code status} and {@code statusNot} speak of; today when absent
 */
public record CommitmentFilter(String party, String host, String madeIn, Theme theme, List<CommitmentKind> kind, String text,
		String series, IntRange year, DateRange dueDate, List<CommitmentStatus> status,
		List<CommitmentStatus> statusNot, LocalDate statusAsOf, List<Basis> basis) {

}
