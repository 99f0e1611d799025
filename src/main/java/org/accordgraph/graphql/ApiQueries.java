package org.accordgraph.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a query of the public API from inside the service, for the pages and files that show the
 * API's answers in another form (briefings, citations, feeds): the same schema, fetchers, limits
 * and rights as a client's query, so a fact reads the same everywhere. The query runs in one read
 * transaction, as a query over HTTP does. Documents are read once from
 * {@code classpath:graphql-documents/<name>.graphql}.
 */
@Component
public class ApiQueries {

	private final ExecutionGraphQlService graphQl;

	private final TransactionTemplate reads;

	private final Map<String, String> documents = new ConcurrentHashMap<>();

	ApiQueries(ExecutionGraphQlService graphQl, PlatformTransactionManager transactions) {
		this.graphQl = graphQl;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/**
	 * The data of the named operation of a document, with its variables. An error the API answers
	 * (a bad argument, a node not found, a limit) is thrown as {@link ApiQueryException}, with the
	 * API's message and classification.
	 */
	public Map<String, Object> query(String document, String operation, Map<String, Object> variables) {
		String text = this.documents.computeIfAbsent(document, ApiQueries::read);
		ExecutionGraphQlResponse response = this.reads.execute(status -> {
			// nothing to commit; and a fetcher's error (a node not found) must not fail the rollback
			status.setRollbackOnly();
			return this.graphQl
				.execute(new DefaultExecutionGraphQlRequest(text, operation, variables, Map.of(), document, Locale.ROOT))
				.block();
		});
		List<ResponseError> errors = response.getErrors();
		if (!errors.isEmpty()) {
			ResponseError first = errors.get(0);
			throw new ApiQueryException(first.getErrorType().toString(), first.getMessage());
		}
		Map<String, Object> data = response.getData();
		return (data != null) ? data : Map.of();
	}

	private static String read(String document) {
		try {
			return new ClassPathResource("graphql-documents/" + document + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An error the API answered to a query run from inside the service. */
	public static class ApiQueryException extends RuntimeException {

		private final String classification;

		ApiQueryException(String classification, String message) {
			super(message);
			this.classification = classification;
		}

		public String classification() {
			return this.classification;
		}

	}

}
