package org.accordgraph.proposal;

import java.util.List;

import org.accordgraph.proposal.Gazetteer.Entry;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the names of the nodes a proposal may name, for the gazetteer. */
@Repository
@Transactional(readOnly = true)
class GazetteerRepository {

	/** The labels whose nodes a document may name, in the order a name shared by two is offered. */
	static final List<String> LABELS = List.of("Country", "Organisation", "Project", "Person", "Conference",
			"ConferenceSeries", "Declaration", "ActionPlan", "LegalInstrument", "Observance");

	private final Neo4jClient neo4j;

	GazetteerRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Gazetteer gazetteer(Language language) {
		Gazetteer gazetteer = new Gazetteer(language);
		this.neo4j.query("""
				MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
				RETURN [label IN labels(n) WHERE label IN $labels][0] AS label, coalesce(n.slug, n.code) AS key,
				       coalesce(n.name, n.title) AS name, n.code AS code,
				       [name IN [n.name, n.title, n.acronym] + coalesce(n.alsoKnownAs, [])
				                + [k IN keys(n) WHERE k STARTS WITH 'name_' | n[k]] WHERE name IS NOT NULL] AS names""")
			.bind(LABELS)
			.to("labels")
			.fetch()
			.all()
			.forEach(row -> {
				Entry entry = new Entry((String) row.get("label"), (String) row.get("key"), (String) row.get("name"));
				gazetteer.add(entry, (List<String>) row.get("names"));
				if (row.get("code") != null) {
					gazetteer.addCode(entry, (String) row.get("code"));
				}
			});
		return gazetteer;
	}

	/** The cities conferences were held in, a gazetteer of places. */
	List<String> cities() {
		return List.copyOf(this.neo4j.query("MATCH (c:Conference) WHERE c.city IS NOT NULL RETURN DISTINCT c.city")
			.fetchAs(String.class)
			.all());
	}

}
