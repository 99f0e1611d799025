package org.accordgraph.graphql;

import graphql.scalars.ExtendedScalars;

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

	/** {@code id} on every {@code Node} type, from the {@link NodeType} declared for it. */
	@Bean
	InterfaceFieldWiring nodeIds(NodeTypes nodeTypes) {
		return new InterfaceFieldWiring("Node", "id", typeName -> {
			NodeType<?> type = nodeTypes.named(typeName)
				.orElseThrow(() -> new IllegalStateException("No NodeType bean declares how to identify " + typeName));
			return env -> type.idOf(env.getSource());
		});
	}

}
