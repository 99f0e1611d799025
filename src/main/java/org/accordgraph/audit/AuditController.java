package org.accordgraph.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.accordgraph.audit.ChangeLog.Change;
import org.accordgraph.graphql.InvalidArgumentException;
import org.accordgraph.graphql.NodeTypes;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * What curators look back on: the audit trail ({@code changes}) and the facts recorded without a
 * citation ({@code unsourcedFacts}). The {@code version} of every Node type is read with its other
 * properties, in one statement, so that the two always come from the same commit.
 */
@Controller
class AuditController {

	private static final int MAX_CHANGES = 500;

	private final ChangeLog changeLog;

	private final NodeTypes nodes;

	private final Neo4jClient neo4j;

	AuditController(ChangeLog changeLog, NodeTypes nodes, Neo4jClient neo4j) {
		this.changeLog = changeLog;
		this.nodes = nodes;
		this.neo4j = neo4j;
	}

	@QueryMapping
	@PreAuthorize("hasRole('CURATOR')")
	List<Change> changes(@Argument String entity, @Argument String by, @Argument OffsetDateTime since,
			@Argument OffsetDateTime until, @Argument Long afterSequence, @Argument int first) {
		if (first < 0 || first > MAX_CHANGES) {
			throw new InvalidArgumentException("first", "must be between 0 and " + MAX_CHANGES + ", not " + first);
		}
		String named = null;
		if (entity != null) {
			named = this.nodes.decode(entity, "entity").typeAndKey();
		}
		return this.changeLog.find(named, by, since, until, afterSequence, first);
	}

	record UnsourcedFact(String entity, String nodeKey, String basis, String reasoning) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('CURATOR')")
	List<UnsourcedFact> unsourcedFacts(@Argument int first) {
		if (first < 0 || first > MAX_CHANGES) {
			throw new InvalidArgumentException("first", "must be between 0 and " + MAX_CHANGES + ", not " + first);
		}
		return this.neo4j.query("""
				CALL () {
				  MATCH (n) WHERE n.unsourced = true
				  WITH n, head(labels(n)) + ':' + coalesce(n.slug, n.code, n.key) AS node
				  RETURN node AS entity, node, n.basis AS basis, n.reasoning AS reasoning
				  UNION
				  MATCH (a)-[r]->(b) WHERE r.unsourced = true
				  WITH r, head(labels(a)) + ':' + coalesce(a.slug, a.code, a.key) AS node,
				       head(labels(b)) + ':' + coalesce(b.slug, b.code, b.key) AS to
				  RETURN node + '-' + type(r) + '->' + to AS entity, node, r.basis AS basis, r.reasoning AS reasoning
				}
				RETURN entity, node, basis, reasoning ORDER BY entity LIMIT $first""")
			.bind(first).to("first")
			.fetchAs(UnsourcedFact.class)
			.mappedBy((types, row) -> new UnsourcedFact(row.get("entity").asString(), row.get("node").asString(),
					row.get("basis").asString("STATED"), row.get("reasoning").asString(null)))
			.all()
			.stream()
			.toList();
	}

	@SchemaMapping(typeName = "UnsourcedFact")
	Object node(UnsourcedFact fact) {
		return this.nodes.find(fact.nodeKey()).orElse(null);
	}

	@SchemaMapping(typeName = "Change")
	Object node(Change change) {
		return this.nodes.find(change.nodeKey()).orElse(null);
	}

}
