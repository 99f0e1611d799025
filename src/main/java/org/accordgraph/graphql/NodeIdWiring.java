package org.accordgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Resolves {@code id} on every object type that implements {@code Node}, from the
 * {@link NodeType} declared for it. A Node type without a declaration fails start-up.
 */
class NodeIdWiring extends GraphQLTypeVisitorStub {

	private final Map<String, NodeType<?>> types;

	NodeIdWiring(List<NodeType<?>> types) {
		this.types = types.stream().collect(Collectors.toMap(NodeType::name, Function.identity()));
	}

	@Override
	public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
			TraverserContext<GraphQLSchemaElement> context) {
		if (type.getInterfaces().stream().anyMatch(i -> i.getName().equals("Node"))) {
			NodeType<?> nodeType = this.types.get(type.getName());
			if (nodeType == null) {
				throw new IllegalStateException("No NodeType bean declares how to identify " + type.getName());
			}
			DataFetcher<String> id = env -> nodeType.idOf(env.getSource());
			context.getVarFromParents(GraphQLCodeRegistry.Builder.class)
				.dataFetcher(FieldCoordinates.coordinates(type.getName(), "id"), id);
		}
		return TraversalControl.CONTINUE;
	}

}
