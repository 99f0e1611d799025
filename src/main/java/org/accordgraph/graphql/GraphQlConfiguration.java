package org.accordgraph.graphql;

import java.util.List;

import graphql.scalars.ExtendedScalars;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars and schema-wide wiring. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.Date);
	}

	@Bean
	GraphQlSourceBuilderCustomizer nodeIds(List<NodeType<?>> nodeTypes) {
		return builder -> builder.typeVisitors(List.of(new NodeIdWiring(nodeTypes)));
	}

}
