package org.accordgraph;

/** Why a command could not run, in words for the person who typed it. */
final class CommandFailure {

	private CommandFailure() {
	}

	static String explain(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("FileLockException") || name.contains("StoreLockException")) {
				return """
						The database is in use by another process, most likely the running service: the \
						embedded database allows one process at a time. Stop the service and run the command \
						again, or import and export over HTTP while it runs (POST /import, GET /export/dataset; \
						see docs/curating.md), or point both at an external Neo4j with NEO4J_URI.""";
			}
		}
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "The command failed: " + root.getMessage();
	}

}
