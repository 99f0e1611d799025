package org.accordgraph.format;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * {@link GraphRecords} read from the graph in the caller's transaction, one index seek per label
 * asked about; each answer is remembered for the rest of the mapping.
 */
final class GraphLookup implements GraphRecords {

	private final Neo4jClient neo4j;

	private final Sections sections;

	private final Map<String, Optional<String>> labels = new HashMap<>();

	GraphLookup(Neo4jClient neo4j, Sections sections) {
		this.neo4j = neo4j;
		this.sections = sections;
	}

	@Override
	public String labelOf(String key, Set<String> candidates) {
		for (String label : candidates.stream().sorted().toList()) {
			Label known = this.sections.label(label);
			Optional<String> found = this.labels.computeIfAbsent(label + ":" + key,
					k -> this.neo4j.query("MATCH (n:%s {%s: $key}) RETURN true LIMIT 1".formatted(known, known.keyProperty()))
						.bind(key)
						.to("key")
						.fetchAs(Boolean.class)
						.one()
						.map(exists -> label));
			if (found.isPresent()) {
				return found.get();
			}
		}
		return null;
	}

	@Override
	public Passage passage(String key) {
		return this.neo4j.query("MATCH (c:Citation {key: $key}) RETURN c.quote AS quote, c.verbatim AS verbatim")
			.bind(key)
			.to("key")
			.fetchAs(Passage.class)
			.mappedBy((types, row) -> new Passage(row.get("quote").asString(), row.get("verbatim").asBoolean(false)))
			.one()
			.orElse(null);
	}

	@Override
	public String sourceText(String slug) {
		return this.neo4j.query("MATCH (s:Source {slug: $slug}) RETURN s.text")
			.bind(slug)
			.to("slug")
			.fetchAs(String.class)
			.one()
			.orElse(null);
	}

}
