package org.accordgraph.evidence;

import graphql.schema.DataFetcher;
import org.accordgraph.graphql.InterfaceFieldWiring;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Resolves {@code citations} on every type that implements {@code Cited}, through one data
 * loader: all the citations a response needs are read in one query per level of the response,
 * however many facts cite them.
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
	InterfaceFieldWiring citationsOfCitedTypes() {
		DataFetcher<Object> citations = env -> {
			DataLoader<String, Citation> loader = env.getDataLoader(LOADER);
			return loader.loadMany(((Cited) env.getSource()).citationKeys());
		};
		return new InterfaceFieldWiring("Cited", "citations", typeName -> citations);
	}

}
