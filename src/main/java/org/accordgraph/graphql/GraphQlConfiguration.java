package org.accordgraph.graphql;

import java.net.URI;
import java.util.List;

import graphql.scalars.ExtendedScalars;
import graphql.schema.FieldCoordinates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Scalars, schema-wide wiring, the check on requests that reach the endpoint over HTTP, and
 * GraphiQL at the service's address.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphQlConfiguration.class);

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.Json);
	}

	/** Documents of up to two million characters in all, parsed and validated once each. */
	/**
	 * The schema inspection, told of the fields resolved for every type of an interface
	 * ({@link InterfaceFieldWiring}), which it cannot see: a normal start logs one line, and a
	 * warning names only what is really unmapped. Boot's own report is off
	 * ({@code spring.graphql.schema.inspection.enabled=false}).
	 */
	@Bean
	GraphQlSourceBuilderCustomizer schemaInspection(List<InterfaceFieldWiring> wirings) {
		return builder -> builder.inspectSchemaMappings(report -> {
			List<FieldCoordinates> unmapped = report.unmappedFields()
				.stream()
				.filter(field -> wirings.stream().noneMatch(wiring -> wiring.wires(report.schema(), field)))
				.toList();
			if (unmapped.isEmpty() && report.unmappedRegistrations().isEmpty() && report.unmappedArguments().isEmpty()
					&& report.fieldNullnessErrors().isEmpty() && report.argumentNullnessErrors().isEmpty()) {
				log.info("GraphQL schema inspection: every field, argument and data fetcher is mapped");
				return;
			}
			log.warn("GraphQL schema inspection: unmapped fields {}, unmapped registrations {}, unmapped arguments {},"
					+ " field nullness errors {}, argument nullness errors {}", unmapped, report.unmappedRegistrations(),
					report.unmappedArguments(), report.fieldNullnessErrors(), report.argumentNullnessErrors());
		});
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocuments() {
		ParsedDocuments documents = new ParsedDocuments(2_000_000);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	/**
	 * Bounds every request's body; runs after the security chain, so that a request without the
	 * right to send a body is refused before any of it is read, and its answers carry the CORS
	 * headers the chain adds.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimits> requestBodyLimits(HttpLimits limits, JsonMapper json) {
		var registration = new FilterRegistrationBean<>(new RequestBodyLimits(limits, json));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/** Runs after the security chain, so that its answers carry the CORS headers the chain adds. */
	@Bean
	FilterRegistrationBean<GraphQlHttpRequests> graphQlHttpRequests(GraphQlProperties graphQl, JsonMapper json) {
		var registration = new FilterRegistrationBean<>(new GraphQlHttpRequests(graphQl.getHttp().getPath(), json));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	/** Runs after the check on requests, which gives it the operation a request runs. */
	@Bean
	FilterRegistrationBean<ReadTransactionPerQuery> readTransactionPerQuery(GraphQlProperties graphQl,
			PlatformTransactionManager transactions, JsonMapper json) {
		var registration = new FilterRegistrationBean<>(new ReadTransactionPerQuery(transactions, json));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 3);
		return registration;
	}

	/**
	 * GraphiQL's address completed with the paths of the endpoints (HTTP and WebSocket), the query
	 * and variables of a shared link kept as they came: Spring for GraphQL's own redirect encodes
	 * them a second time, so that the editor would show {@code %20} for each space. The redirect is
	 * relative (a path and a query), so that no {@code Host} header a client sends comes back in it.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphiqlWithEndpoints(GraphQlProperties graphQl) {
		return RouterFunctions.route()
			.GET(graphQl.getGraphiql().getPath(), request -> request.param("path").isEmpty(), request -> {
				UriComponentsBuilder address = UriComponentsBuilder.fromPath(request.uri().getRawPath())
					.query(request.uri().getRawQuery())
					.queryParam("path", graphQl.getHttp().getPath());
				if (graphQl.getWebsocket().getPath() != null) {
					address.queryParam("wsPath", graphQl.getWebsocket().getPath());
				}
				return ServerResponse.temporaryRedirect(URI.create(address.build(true).toUriString())).build();
			})
			.build();
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
