package org.accordgraph.neo4j;

import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.io.locker.FileLockException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Why the embedded engine could not start, in a few lines at the top of the log instead of a
 * long stack trace: the usual cause is a second copy of the service (or a command such as
 * {@code import}) on the same data directory or Bolt port.
 */
final class EmbeddedStartFailures {

	private EmbeddedStartFailures() {
	}

	/** The data directory is held by another process. */
	static final class StoreLocked extends AbstractFailureAnalyzer<FileLockException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, FileLockException cause) {
			return new FailureAnalysis("The embedded Neo4j database is in use by another process: " + cause.getMessage(),
					"Stop the other copy of the service (or the command using the database), or give this one a data"
							+ " directory of its own (ACCORD_DATA_DIR), or use a Neo4j server (NEO4J_URI).",
					cause);
		}

	}

	/** The Bolt port is taken. */
	static final class BoltPortInUse extends AbstractFailureAnalyzer<PortBindException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, PortBindException cause) {
			return new FailureAnalysis("The embedded Neo4j could not listen for Bolt: " + cause.getMessage()
					+ " (the address is in use).",
					"Stop what listens there (another copy of the service, or a Neo4j server), or give this copy"
							+ " another port (accord.neo4j.embedded.bolt-port).",
					cause);
		}

	}

}
