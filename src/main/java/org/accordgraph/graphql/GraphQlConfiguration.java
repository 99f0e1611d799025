package org.accordgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
	InterfaceFieldWiring nodeIds(List<NodeType<?>> nodeTypes) {
		Map<String, NodeType<?>> byName = nodeTypes.stream().collect(Collectors.toMap(NodeType::name, type -> type));
		return new InterfaceFieldWiring("Node", "id", typeName -> {
			NodeType<?> type = byName.get(typeName);
			if (type == null) {
				throw new IllegalStateException("No NodeType bean declares how to identify " + typeName);
			}
			return env -> type.idOf(env.getSource());
		});
	}

}
