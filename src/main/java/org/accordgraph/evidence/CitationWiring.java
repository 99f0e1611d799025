package org.accordgraph.evidence;

import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
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
	GraphQlSourceBuilderCustomizer citationsOfCitedTypes() {
		return builder -> builder.typeVisitors(List.of(new CitedTypes()));
	}

	private static final class CitedTypes extends GraphQLTypeVisitorStub {

		private static final DataFetcher<Object> CITATIONS = env -> {
			DataLoader<String, Citation> loader = env.getDataLoader(LOADER);
			return loader.loadMany(((Cited) env.getSource()).citationKeys());
		};

		@Override
		public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
				TraverserContext<GraphQLSchemaElement> context) {
			if (type.getInterfaces().stream().anyMatch(i -> i.getName().equals("Cited"))) {
				context.getVarFromParents(GraphQLCodeRegistry.Builder.class)
					.dataFetcher(FieldCoordinates.coordinates(type.getName(), "citations"), CITATIONS);
			}
			return TraversalControl.CONTINUE;
		}

	}

}
