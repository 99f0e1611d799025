package org.accordgraph.evidence;

import java.util.List;

/**
 * A fact, or a relationship stated as a fact, with the keys of the citations that support it.
 * Every GraphQL type implementing {@code Cited} resolves {@code citations} from these keys.
 */
public interface Cited {

	List<String> citationKeys();

}
