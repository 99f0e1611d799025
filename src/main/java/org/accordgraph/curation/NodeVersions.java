package org.accordgraph.curation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import org.accordgraph.format.Label;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.ConflictException;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.graphql.NodeTypes;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code version} of every Node type, which curators send back as {@code expectedVersion}: it
 * must be the version of the very fields they read with it. Neo4j reads at read-committed
 * isolation, property by property, so a read made while another transaction commits can pair the
 * new version with an old field, and a curator who wrote on that basis would overwrite a change
 * unseen. So the version is confirmed against a read made under each node's lock (which waits for
 * a commit under way to finish), in one statement per label for all the objects of a response: it
 * is answered where the object's own read has the same digest as the locked one ({@link Revision}),
 * and otherwise refused with a {@code CONFLICT} error that asks the client to read again.
 */
@Component
class NodeVersions implements RuntimeWiringConfigurer {

	private final NodeTypes nodes;

	NodeVersions(NodeTypes nodes, Sections sections, Neo4jClient neo4j, PlatformTransactionManager transactions,
			BatchLoaderRegistry loaders) {
		this.nodes = nodes;
		TransactionTemplate locked = new TransactionTemplate(transactions);
		locked.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		loaders.<GlobalId, Revision>forName("versions").registerMappedBatchLoader(
				(ids, env) -> Mono.fromCallable(() -> locked.execute(tx -> read(neo4j, sections, nodes, ids))));
	}

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
		DataFetcher<CompletableFuture<Integer>> version = env -> {
			String type = ((GraphQLObjectType) env.getParentType()).getName();
			GlobalId id = this.nodes.named(type).orElseThrow().globalIdOf(env.getSource());
			Revision read = ((Revised) env.getSource()).revision();
			DataLoader<GlobalId, Revision> loader = env.getDataLoader("versions");
			return loader.load(id).thenApply(whole -> {
				if (whole == null || whole.digest() != read.digest()) {
					throw new ReadDuringAChange(id);
				}
				return whole.version();
			});
		};
		this.nodes.names().forEach(type -> wiring.type(type, builder -> builder.dataFetcher("version", version)));
	}

	/**
	 * Each node as it stands once no change to it is under way, read under its lock, as its type's
	 * reads return it.
	 */
	private static Map<GlobalId, Revision> read(Neo4jClient neo4j, Sections sections, NodeTypes nodes,
			Set<GlobalId> ids) {
		Map<GlobalId, Revision> whole = new HashMap<>();
		ids.stream().collect(Collectors.groupingBy(GlobalId::type)).forEach((type, ofLabel) -> {
			Label label = sections.label(type);
			Map<String, GlobalId> byKey = ofLabel.stream().collect(Collectors.toMap(GlobalId::key, id -> id));
			neo4j.query("""
					UNWIND $keys AS key
					MATCH (n:%s {%s: key}) SET n.locked = true REMOVE n.locked
					RETURN key, %s AS state""".formatted(label, label.keyProperty(), nodes.named(type).orElseThrow().projection()))
				.bind(byKey.keySet()).to("keys")
				.fetchAs(Map.Entry.class)
				.mappedBy((types, row) -> Map.entry(row.get("key").asString(), Revision.of(row.get("state"))))
				.all()
				.forEach(entry -> whole.put(byKey.get((String) entry.getKey()), (Revision) entry.getValue()));
		});
		return whole;
	}

	/** An object read while a change to it was being committed. */
	static final class ReadDuringAChange extends ConflictException {

		ReadDuringAChange(GlobalId id) {
			super(id.type() + " '" + id.key() + "' changed while it was read: read it again for its version");
		}

	}

}
