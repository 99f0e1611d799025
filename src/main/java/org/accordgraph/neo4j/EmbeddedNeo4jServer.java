package org.accordgraph.neo4j;

import java.net.URI;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Neo4j engine running in this JVM with a Bolt connector, so that the application's driver,
 * cypher-shell and Neo4j Browser all reach it the same way.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	static final String USERNAME = "neo4j";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

	private final DatabaseManagementService dbms;

	private final URI boltUri;

	private EmbeddedNeo4jServer(DatabaseManagementService dbms, URI boltUri) {
		this.dbms = dbms;
		this.boltUri = boltUri;
	}

	static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties) {
		long started = System.nanoTime();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(
				properties.dataDirectory().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress(properties.boltAddress(), properties.boltPort()))
			// the in-JVM local channel does not start next to Netty 4.2 and is not needed
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.build();
		try {
			ensurePassword(dbms, properties.password());
			GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
			var bolt = system.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			URI uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
			log.info("Embedded Neo4j started in {} ms, data in {}, Bolt on {}", (System.nanoTime() - started) / 1_000_000,
					properties.dataDirectory().toAbsolutePath(), uri);
			return new EmbeddedNeo4jServer(dbms, uri);
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
	}

	/**
	 * The community edition makes the {@code neo4j} user change its initial password before any
	 * other use; do that once, on the system database.
	 */
	private static void ensurePassword(DatabaseManagementService dbms, String password) {
		GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		try (var tx = system.beginTx()) {
			boolean changeRequired;
			try (var result = tx.execute("SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user "
					+ "RETURN passwordChangeRequired", Map.of("user", USERNAME))) {
				changeRequired = result.hasNext() && (Boolean) result.next().get("passwordChangeRequired");
			}
			if (changeRequired) {
				tx.execute("ALTER USER " + USERNAME + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password))
					.close();
			}
			tx.commit();
		}
	}

	public URI boltUri() {
		return this.boltUri;
	}

	/** The database itself, for what only the engine can answer (tests, diagnostics). */
	public GraphDatabaseService database() {
		return this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	@Override
	public void close() {
		this.dbms.shutdown();
		log.info("Embedded Neo4j stopped");
	}

}
