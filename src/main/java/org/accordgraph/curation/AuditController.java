package org.accordgraph.curation;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import org.accordgraph.curation.ChangeLog.Change;
import org.accordgraph.evidence.Keys;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.graphql.InvalidArgumentException;
import org.accordgraph.graphql.NodeTypes;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * What curators look back on: the audit trail ({@code changes}), the facts recorded without a
 * citation ({@code unsourcedFacts}), and the {@code version} of every Node type, read in one
 * statement per label for all the objects of a response.
 */
@Controller
class AuditController implements RuntimeWiringConfigurer {

	private static final int MAX_CHANGES = 500;

	private final ChangeLog changeLog;

	private final NodeTypes nodes;

	private final Set<String> nodeTypeNames;

	private final Neo4jClient neo4j;

	AuditController(ChangeLog changeLog, NodeTypes nodes, Neo4jClient neo4j, BatchLoaderRegistry loaders) {
		this.changeLog = changeLog;
		this.nodes = nodes;
		this.neo4j = neo4j;
		this.nodeTypeNames = nodes.names();
		loaders.<GlobalId, Integer>forName("versions")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> versions(neo4j, ids)));
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
			GlobalId id = GlobalId.decode(entity, "entity");
			named = id.type() + ":" + id.key();
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

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
		DataFetcher<CompletableFuture<Integer>> version = env -> {
			String type = ((GraphQLObjectType) env.getParentType()).getName();
			DataLoader<GlobalId, Integer> loader = env.getDataLoader("versions");
			return loader.load(this.nodes.named(type).orElseThrow().globalIdOf(env.getSource()));
		};
		this.nodeTypeNames.forEach(type -> wiring.type(type, builder -> builder.dataFetcher("version", version)));
	}

	private static Map<GlobalId, Integer> versions(Neo4jClient neo4j, Set<GlobalId> ids) {
		Map<GlobalId, Integer> versions = new HashMap<>();
		ids.stream().collect(Collectors.groupingBy(GlobalId::type)).forEach((type, ofType) -> {
			String key = Keys.property(type);
			List<String> keys = ofType.stream().map(GlobalId::key).toList();
			neo4j.query("UNWIND $keys AS key MATCH (n:%s {%s: key}) RETURN key, coalesce(n.version, 0) AS version"
				.formatted(type, key)).bind(keys).to("keys").fetch().all().forEach(row -> versions
					.put(new GlobalId(type, (String) row.get("key")), ((Number) row.get("version")).intValue()));
		});
		return versions;
	}

}
