package org.accordgraph.commitment;

import org.accordgraph.theme.Theme;

/**
 * Which commitments to list; every condition given must hold.
 *
 * @param party a country's ISO code (any case) or an organisation's slug: commitments that actor
 * made
 * @param madeIn the slug of the declaration, action plan or statement they were made in
 * @param theme a theme they fall under
 */
public record CommitmentFilter(String party, String madeIn, Theme theme) {

}
