package org.accordgraph.event;

import org.accordgraph.theme.Theme;

/**
 * Which statements to list; every condition given must hold.
 *
 * @param text words the statement contains, in any case
 * @param speaker the slug of the person who spoke
 * @param event the slug of the conference it was said at
 * @param theme a theme it falls under
 */
public record StatementFilter(String text, String speaker, String event, Theme theme) {

}
