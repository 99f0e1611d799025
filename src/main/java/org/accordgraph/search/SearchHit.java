package org.accordgraph.search;

import java.util.List;

import org.accordgraph.evidence.Citation;
import org.accordgraph.search.Passage.TextSpan;

/**
 * One thing search found: how well it matched, what it is, the text that matched and where the
 * words stand in it. A hit on a citation has the source quoted as its node.
 */
record SearchHit(double score, SearchType type, Object node, String field, String passage, List<TextSpan> matches,
		Citation citation) {

}
