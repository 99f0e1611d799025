package org.accordgraph.graphql;

import java.util.List;
import java.util.function.Function;

import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Resolves one field the same way on every object type that implements an interface, such as
 * {@code id} on every {@code Node}: declared once rather than per type, and visible to schema
 * inspection like any other mapping.
 */
public final class InterfaceFieldWiring implements WiringFactory, RuntimeWiringConfigurer {

	private final String interfaceName;

	private final String fieldName;

	private final Function<String, DataFetcher<?>> fetcherForType;

	/**
	 * @param fetcherForType the data fetcher for the field on the named object type
	 */
	public InterfaceFieldWiring(String interfaceName, String fieldName, Function<String, DataFetcher<?>> fetcherForType) {
		this.interfaceName = interfaceName;
		this.fieldName = fieldName;
		this.fetcherForType = fetcherForType;
	}

	@Override
	public boolean providesDataFetcher(FieldWiringEnvironment environment) {
		return environment.getFieldDefinition().getName().equals(this.fieldName)
				&& environment.getParentType() instanceof ObjectTypeDefinition type
				&& type.getImplements().stream()
					.anyMatch(implemented -> implemented instanceof TypeName name
							&& name.getName().equals(this.interfaceName));
	}

	/** Whether this wiring resolves the field, which schema inspection cannot see (it reads only the registry). */
	public boolean wires(GraphQLSchema schema, FieldCoordinates field) {
		return field.getFieldName().equals(this.fieldName)
				&& schema.getType(field.getTypeName()) instanceof GraphQLObjectType type
				&& type.getInterfaces().stream().anyMatch(implemented -> implemented.getName().equals(this.interfaceName));
	}

	@Override
	public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
		return this.fetcherForType.apply(environment.getParentType().getName());
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(this);
	}

}
