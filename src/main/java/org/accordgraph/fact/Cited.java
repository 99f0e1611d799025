package org.accordgraph.fact;

import java.util.List;

/**
 * A fact, or a relationship stated as a fact, and how it is known. Every GraphQL type
 * implementing {@code Cited} resolves {@code citations}, {@code basis}, {@code reasoning} and
 * {@code restsOn} from its {@link Grounds}.
 */
public interface Cited {

	Grounds grounds();

	default List<String> citationKeys() {
		return grounds().citationKeys();
	}

	default Basis basis() {
		return grounds().basis();
	}

	default String reasoning() {
		return grounds().reasoning();
	}

	/**
	 * How the relationship that put this fact in a list is known (a country's commitments: the
	 * commitment's {@code COMMITTED_BY} link to it); null where the fact was not reached through
	 * one. The fact still answers its own grounds: the link is a fact of its own.
	 */
	default Grounds reachedThrough() {
		return null;
	}

	/**
	 * What a list's {@code basis} argument tests: the weaker of the fact's own basis and that of
	 * the relationship it was reached through, so that {@code [STATED]} keeps no fact that is in
	 * the list only by an inference.
	 */
	default Basis basisInList() {
		Grounds link = reachedThrough();
		return (link == null || link.basis().compareTo(basis()) <= 0) ? basis() : link.basis();
	}

}
