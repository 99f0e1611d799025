package org.accordgraph.search;

import java.util.List;
import java.util.Map;

import org.accordgraph.evidence.Citation;
import org.accordgraph.graphql.NodeTypes;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Full-text search over the {@code search_text} index (migration V0002). */
@Repository
@Transactional(readOnly = true)
class SearchRepository {

	/** The indexed properties, in the order a hit's matching text is looked for. */
	private static final List<String> FIELDS = List.of("name", "acronym", "name_ru", "alsoKnownAs", "title",
			"shortTitle", "number", "measure", "quote", "text", "city", "description", "aim");

	private final Neo4jClient neo4j;

	private final NodeTypes nodeTypes;

	SearchRepository(Neo4jClient neo4j, NodeTypes nodeTypes) {
		this.neo4j = neo4j;
		this.nodeTypes = nodeTypes;
	}

	List<SearchHit> search(SearchText text, List<SearchType> types, int first) {
		List<String> labels = types.stream().map(SearchType::label).toList();
		return List.copyOf(this.neo4j.query("""
				CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
				WHERE any(label IN labels(node) WHERE label IN $labels)
				WITH node, score
				ORDER BY score DESC, elementId(node)
				LIMIT $first
				OPTIONAL MATCH (node:Citation)-[:FROM_SOURCE]->(source:Source)
				RETURN node, score, source""")
			.bindAll(Map.of("query", text.query(), "labels", labels, "first", first))
			.fetchAs(SearchHit.class)
			.mappedBy((typeSystem, row) -> hit(row.get("node").asNode(), row.get("score").asDouble(), row.get("source"),
					text))
			.all());
	}

	private SearchHit hit(Node node, double score, Value source, SearchText text) {
		SearchType type = SearchType.of(node.labels());
		Citation citation = (type == SearchType.CITATION) ? Citation.from(node, source) : null;
		Object found = (citation != null) ? citation.source() : this.nodeTypes.map(node);
		for (String field : FIELDS) {
			for (String value : texts(node.get(field))) {
				Passage passage = Passage.of(value, text.words());
				if (passage != null) {
					return new SearchHit(score, type, found, field, passage.text(), passage.matches(), citation);
				}
			}
		}
		String fallback = texts(node.get((type == SearchType.CITATION) ? "quote" : "name")).stream()
			.findFirst()
			.orElse("");
		return new SearchHit(score, type, found, "", fallback, List.of(), citation);
	}

	/** A text property's value: one string, or each of a list of strings. */
	private static List<String> texts(Value value) {
		Object object = value.asObject();
		if (object instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return (object != null) ? List.of(String.valueOf(object)) : List.of();
	}

}
