package org.accordgraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The Neo4j engine that runs inside the application's JVM unless {@code NEO4J_URI} names an
 * external server.
 *
 * @param enabled false to require an external server even when no URI is set
 * @param dataDirectory where the database files live; a restart with the same directory keeps
 * every fact
 * @param boltAddress the interface Bolt listens on; loopback keeps the database private to this
 * machine
 * @param boltPort 0 picks a free port (tests); the port in use is logged and read back
 * @param password the password of the {@code neo4j} user, set on first start (8 characters or
 * more)
 * @param pageCache memory for Neo4j's page cache
 */
@ConfigurationProperties("accord.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("data/neo4j") Path dataDirectory, @DefaultValue("127.0.0.1") String boltAddress,
		@DefaultValue("7687") int boltPort, @DefaultValue("accord-graph") String password,
		@DefaultValue("128MB") DataSize pageCache) {

	public EmbeddedNeo4jProperties {
		if (password.length() < 8) {
			throw new IllegalArgumentException("accord.neo4j.embedded.password needs 8 characters or more");
		}
	}

}
