package org.accordgraph.evidence;

import graphql.schema.DataFetcher;
import org.accordgraph.fact.Cited;
import org.accordgraph.graphql.InterfaceFieldWiring;
import org.accordgraph.graphql.NodeTypes;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Resolves the fields of {@code Cited} on every type that implements it: {@code citations}
 * through one data loader (all the citations a response needs are read in one query per level of
 * the response, however many facts cite them), and {@code basis}, {@code reasoning} and
 * {@code restsOn} from each fact's {@link Grounds}.
 */
@Configuration(proxyBeanMethods = false)
class CitationWiring {

	static final String LOADER = "citations";

	CitationWiring(BatchLoaderRegistry loaders, EvidenceRepository evidence) {
		loaders.forTypePair(String.class, Citation.class)
			.withName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> evidence.citations(keys)));
	}

	@Bean
	InterfaceFieldWiring basisOfCitedTypes() {
		DataFetcher<Object> basis = env -> ((Cited) env.getSource()).basis();
		return new InterfaceFieldWiring("Cited", "basis", typeName -> basis);
	}

	@Bean
	InterfaceFieldWiring reasoningOfCitedTypes() {
		DataFetcher<Object> reasoning = env -> ((Cited) env.getSource()).reasoning();
		return new InterfaceFieldWiring("Cited", "reasoning", typeName -> reasoning);
	}

	/** The facts an inference rests on: few, and only on inferred facts, so each is found by its key. */
	@Bean
	InterfaceFieldWiring restsOnOfCitedTypes(NodeTypes nodeTypes) {
		DataFetcher<Object> restsOn = env -> ((Cited) env.getSource()).grounds()
			.restsOn()
			.stream()
			.flatMap(key -> nodeTypes.find(key).stream())
			.toList();
		return new InterfaceFieldWiring("Cited", "restsOn", typeName -> restsOn);
	}

	@Bean
	InterfaceFieldWiring citationsOfCitedTypes() {
		DataFetcher<Object> citations = env -> {
			DataLoader<String, Citation> loader = env.getDataLoader(LOADER);
			return loader.loadMany(((Cited) env.getSource()).citationKeys());
		};
		return new InterfaceFieldWiring("Cited", "citations", typeName -> citations);
	}

}
