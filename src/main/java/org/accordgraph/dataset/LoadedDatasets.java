package org.accordgraph.dataset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accordgraph.format.Label;
import org.accordgraph.format.Sections;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What the database says of the datasets loaded into it: a {@code Dataset} node per dataset
 * imported or bulk-loaded, and whether a bulk load is still under way or stopped before its end
 * ({@code complete: false}). Each method runs in the caller's transaction, or in its own.
 */
@Component
public class LoadedDatasets {

	private final Neo4jClient neo4j;

	private final List<String> factLabels;

	LoadedDatasets(Neo4jClient neo4j, Sections sections) {
		this.neo4j = neo4j;
		this.factLabels = sections.labels().stream().map(Label::name).toList();
	}

	/** A bulk load begun and not completed: its name, the checksum of its files and its rows. */
	public record Incomplete(String name, String checksum, long rows) {
	}

	public Optional<Incomplete> incomplete() {
		return this.neo4j.query("MATCH (d:Dataset) WHERE d.complete = false RETURN d.name AS name, d.checksum AS checksum,"
				+ " d.rows AS rows LIMIT 1")
			.fetchAs(Incomplete.class)
			.mappedBy((types, row) -> new Incomplete(row.get("name").asString(), row.get("checksum").asString(),
					row.get("rows").asLong()))
			.one();
	}

	/** Whether the database holds any node of the graph's own types (a fact, a source, an actor ...). */
	public boolean holdsFacts() {
		return this.neo4j.query("MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) WITH n LIMIT 1"
				+ " RETURN count(n) > 0")
			.bind(this.factLabels)
			.to("labels")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Whether a dataset of that name was ever imported or bulk-loaded into this database. */
	public boolean holds(String name) {
		return this.neo4j.query("MATCH (d:Dataset {name: $name}) RETURN count(d) > 0")
			.bind(name)
			.to("name")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Records a dataset imported in one transaction, in the caller's transaction. */
	void imported(String name, String checksum) {
		this.neo4j.query("MERGE (d:Dataset {name: $name}) SET d.checksum = $checksum")
			.bindAll(Map.of("name", name, "checksum", checksum))
			.run();
	}

	/** Whether any dataset, of any name, was ever imported or bulk-loaded into this database. */
	public boolean any() {
		return this.neo4j.query("MATCH (d:Dataset) RETURN count(d) > 0").fetchAs(Boolean.class).one().orElse(false);
	}

	/** Marks a bulk load begun: until {@link #completed}, the service answers no reader. */
	void begun(String name, String checksum, long rows, String by) {
		this.neo4j.query("""
				MERGE (d:Dataset {name: $name})
				SET d.checksum = $checksum, d.rows = $rows, d.complete = false, d.loadedBy = $by,
				    d.startedAt = datetime.transaction('UTC')""")
			.bindAll(Map.of("name", name, "checksum", checksum, "rows", rows, "by", by))
			.run();
	}

	void completed(String name, long created) {
		this.neo4j.query("""
				MATCH (d:Dataset {name: $name})
				SET d.complete = true, d.created = $created, d.loadedAt = datetime.transaction('UTC')""")
			.bindAll(Map.of("name", name, "created", created))
			.run();
	}

}
