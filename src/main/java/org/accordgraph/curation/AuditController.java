package org.accordgraph.curation;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import org.accordgraph.curation.ChangeLog.Change;
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
 * The audit trail ({@code changes}) and the {@code version} of every Node type, read in one
 * statement per label for all the objects of a response.
 */
@Controller
class AuditController implements RuntimeWiringConfigurer {

	private static final int MAX_CHANGES = 500;

	private final ChangeLog changeLog;

	private final NodeTypes nodes;

	private final Set<String> nodeTypeNames;

	AuditController(ChangeLog changeLog, NodeTypes nodes, Neo4jClient neo4j, BatchLoaderRegistry loaders) {
		this.changeLog = changeLog;
		this.nodes = nodes;
		this.nodeTypeNames = Set.of("Country", "Organisation", "Project", "Person", "Position", "Commitment",
				"ConferenceSeries", "Conference", "Observance", "Statement", "Source", "Statistic", "Declaration",
				"ActionPlan", "LegalInstrument");
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

	@SchemaMapping(typeName = "Change")
	Object node(Change change) {
		return this.nodes.find(change.nodeKey()).orElse(null);
	}

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
		wiring.scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Json);
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
			String key = type.equals("Country") ? "code" : "slug";
			List<String> keys = ofType.stream().map(GlobalId::key).toList();
			neo4j.query("UNWIND $keys AS key MATCH (n:%s {%s: key}) RETURN key, coalesce(n.version, 0) AS version"
				.formatted(type, key)).bind(keys).to("keys").fetch().all().forEach(row -> versions
					.put(new GlobalId(type, (String) row.get("key")), ((Number) row.get("version")).intValue()));
		});
		return versions;
	}

}
