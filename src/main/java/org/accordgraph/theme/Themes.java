package org.accordgraph.theme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accordgraph.format.Sections;
import org.accordgraph.neo4j.BatchQuery;
import org.accordgraph.neo4j.Lookup;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The four Ps, and which facts fall under which. */
@Repository
@Transactional(readOnly = true)
public class Themes {

	private final Neo4jClient neo4j;

	private final Sections sections;

	Themes(Neo4jClient neo4j, Sections sections) {
		this.neo4j = neo4j;
		this.sections = sections;
	}

	List<ThemeDefinition> all() {
		return List.copyOf(this.neo4j.query("MATCH (n:Theme) RETURN n")
			.fetchAs(ThemeDefinition.class)
			.mappedBy((types, record) -> ThemeDefinition.from(record.get("n")))
			.all()
			.stream()
			.sorted((a, b) -> a.theme().compareTo(b.theme()))
			.toList());
	}

	Optional<ThemeDefinition> one(Theme theme) {
		return Lookup.byKey(this.neo4j, "MATCH (n:Theme {code: $key}) RETURN n", theme.name(),
				ThemeDefinition::from);
	}

	/**
	 * The themes of many nodes of one label, by their slugs, in the order of the four Ps.
	 * @param label a label of the graph, such as {@code Statement}
	 */
	public Map<String, List<Theme>> of(String label, List<String> slugs) {
		Map<String, List<Theme>> themes = BatchQuery.many(this.neo4j, """
				MATCH (n:%s)-[:ON_THEME]->(t:Theme)
				WHERE n.slug IN $keys
				RETURN n.slug AS key, t.code AS code""".formatted(this.sections.label(label)), slugs,
				row -> Theme.valueOf(row.get("code").asString()));
		themes.replaceAll((slug, list) -> list.stream().sorted().toList());
		return themes;
	}

}
