package org.accordgraph.neo4j;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.io.locker.FileLockException;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second copy of the service on the same data directory or Bolt port says why it cannot
 * start, and what to do, in the failure report at the end of its log.
 */
class EmbeddedStartFailuresTests {

	private static FailureAnalysis analyse(Throwable failure) {
		// analyzers that need the application's bean factory are left out: they cannot be made here
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, unmade) -> {
			}));
		return analyzers.stream().map(analyzer -> analyzer.analyze(failure)).filter(Objects::nonNull).findFirst().orElseThrow();
	}

	private static Throwable asStartedFails(Throwable cause) {
		return new BeanCreationException("embeddedNeo4jServer", "Failed to instantiate",
				new RuntimeException("Error starting Neo4j database server at data/neo4j/data/databases", cause));
	}

	@Test
	void aLockedStoreIsExplained() {
		FailureAnalysis analysis = analyse(asStartedFails(new FileLockException(
				"Lock file has been locked by another process: data/neo4j/data/databases/store_lock.", null)));
		assertThat(analysis.getDescription()).contains("in use by another process", "store_lock");
		assertThat(analysis.getAction()).contains("ACCORD_DATA_DIR", "NEO4J_URI");
	}

	@Test
	void aBoltPortInUseIsExplained() {
		FailureAnalysis analysis = analyse(asStartedFails(
				new PortBindException(new InetSocketAddress("127.0.0.1", 7687), new BindException("in use"))));
		assertThat(analysis.getDescription()).contains("could not listen for Bolt", "7687");
		assertThat(analysis.getAction()).contains("accord.neo4j.embedded.bolt-port");
	}

}
