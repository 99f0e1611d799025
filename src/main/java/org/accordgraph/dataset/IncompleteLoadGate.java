package org.accordgraph.dataset;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accordgraph.dataset.LoadedDatasets.Incomplete;
import org.accordgraph.graphql.DatabaseUnavailable;
import org.accordgraph.graphql.HttpErrorResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Readers see nothing of a bulk load until it is complete: while the database holds an unfinished
 * one ({@link BulkLoad}), GraphQL, exports and imports answer 503 with a
 * {@code SERVICE_UNAVAILABLE} error saying so, and the health is {@code OUT_OF_SERVICE}. The
 * database is asked when the service is ready, when a bulk load in this process completes, and
 * again, at most once a second, on a request,
 * only while a load could still be begun or finished: while it is unfinished, or while the graph
 * is empty (a bulk load refuses a graph that holds facts). A graph that holds facts and no
 * unfinished load costs a request nothing.
 */
@Component("datasetHealthIndicator")
class IncompleteLoadGate extends OncePerRequestFilter implements HealthIndicator {

	private static final Duration RECHECK = Duration.ofSeconds(1);

	private final LoadedDatasets datasets;

	private final TransactionTemplate reads;

	private final JsonMapper json;

	private volatile State state = new State(true, Optional.empty(), Instant.MIN);

	private record State(boolean watching, Optional<Incomplete> unfinished, Instant checkedAt) {
	}

	IncompleteLoadGate(LoadedDatasets datasets, PlatformTransactionManager transactions, JsonMapper json) {
		this.datasets = datasets;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.json = json;
	}

	/** Asks the database again, now. */
	@EventListener({ ApplicationReadyEvent.class, BulkLoad.Completed.class })
	void check() {
		Optional<Incomplete> unfinished = this.reads.execute(status -> this.datasets.incomplete());
		boolean watching = unfinished.isPresent()
				|| !Boolean.TRUE.equals(this.reads.execute(status -> this.datasets.holdsFacts()));
		this.state = new State(watching, unfinished, Instant.now());
	}

	/** The unfinished load readers must not see, if there is one. */
	Optional<Incomplete> unfinished() {
		State known = this.state;
		if (known.watching() && known.checkedAt().plus(RECHECK).isBefore(Instant.now())) {
			check();
			known = this.state;
		}
		return known.unfinished();
	}

	static String message(Incomplete load) {
		return "The graph is being loaded in bulk ('" + load.name() + "', " + load.rows()
				+ " nodes and relationships) and answers nothing until the load is complete. If no load is running,"
				+ " it stopped before its end: run it again on the same files to finish it.";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Incomplete> unfinished = unfinished();
		if (unfinished.isPresent()) {
			HttpErrorResponse.write(response, this.json, HttpStatus.SERVICE_UNAVAILABLE,
					DatabaseUnavailable.Classification.SERVICE_UNAVAILABLE, message(unfinished.get()),
					Map.of("dataset", unfinished.get().name()));
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public Health health() {
		return unfinished().map(load -> Health.outOfService().withDetail("bulkLoad", message(load)).build())
			.orElseGet(() -> Health.up().build());
	}

}
