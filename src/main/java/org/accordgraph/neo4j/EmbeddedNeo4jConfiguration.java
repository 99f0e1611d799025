package org.accordgraph.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Neo4j inside the application unless an external server is configured
 * ({@code NEO4J_URI}, that is {@code spring.neo4j.uri}) or the embedded engine is switched off.
 * <p>
 * The connection details bean depends on the server, so Boot starts the database before the
 * driver and closes the driver before the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank() and ${accord.neo4j.embedded.enabled:true}")
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4jServer.start(properties);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server,
			EmbeddedNeo4jProperties properties) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return server.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(EmbeddedNeo4jServer.USERNAME, properties.password());
			}
		};
	}

}
