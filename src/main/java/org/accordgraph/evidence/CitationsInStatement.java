package org.accordgraph.evidence;

import org.accordgraph.fact.InlineCitations;
import org.accordgraph.graphql.Selection;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Citations read in the statement of the fact they support, each with its source, as the
 * citations loader reads them.
 */
@Component
class CitationsInStatement implements InlineCitations {

	@Override
	public String of(String variable) {
		return """
				COLLECT { UNWIND coalesce(%s.citations, []) AS citationKey
				          MATCH (c:Citation {key: citationKey})-[:FROM_SOURCE]->(s:Source)
				          RETURN {c: c, s: %s} }""".formatted(variable, Source.projection("s"));
	}

	@Override
	public void prime(Selection selection, Value citations) {
		for (Value read : citations.values()) {
			Citation citation = Citation.from(read.get("c"), read.get("s"));
			selection.prime(CitationWiring.LOADER, citation.key(), citation);
		}
	}

}
