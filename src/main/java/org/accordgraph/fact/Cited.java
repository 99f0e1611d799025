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

}
