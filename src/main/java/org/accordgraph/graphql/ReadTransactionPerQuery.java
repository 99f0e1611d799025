package org.accordgraph.graphql;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accordgraph.graphql.GraphQlHttpRequests.Operation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs a GraphQL query sent over HTTP in one read transaction, which every read of the request
 * joins, rather than one transaction per read: a list with four nested fields made six, each a
 * session, a BEGIN and a COMMIT over Bolt. The request is executed on the thread that handles it,
 * so the transaction, bound to that thread, covers all of it. Mutations, queries that ask only for
 * introspection (the schema, {@code __typename}), which read nothing from the database, and anything
 * that is not a well-formed query run as before, each read or write in its own transaction.
 */
class ReadTransactionPerQuery extends OncePerRequestFilter {

	private static final DefaultTransactionDefinition READ = readOnly();

	private final PlatformTransactionManager transactions;

	private final Cache<Operation, Boolean> queries = Caffeine.newBuilder()
		.maximumWeight(2_000_000)
		.<Operation, Boolean>weigher((operation, query) -> operation.document().length())
		.build();

	private final JsonMapper json;

	ReadTransactionPerQuery(PlatformTransactionManager transactions, JsonMapper json) {
		this.json = json;
		this.transactions = transactions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object operation = request.getAttribute(GraphQlHttpRequests.OPERATION);
		if (!(operation instanceof Operation named) || !this.queries.get(named, ReadTransactionPerQuery::readsGraph)) {
			chain.doFilter(request, response);
			return;
		}
		TransactionStatus transaction;
		try {
			transaction = this.transactions.getTransaction(READ);
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.isCause(ex)) {
				throw ex;
			}
			HttpErrorResponse.write(response, this.json, HttpStatus.SERVICE_UNAVAILABLE,
					DatabaseUnavailable.Classification.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE, Map.of());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			// A read has nothing to commit; ending it by rollback cannot fail on a statement that did.
			this.transactions.rollback(transaction);
		}
	}

	/**
	 * Whether the operation the request runs is a query that reads the database; false for
	 * anything it cannot tell.
	 */
	static boolean readsGraph(Operation operation) {
		try {
			List<OperationDefinition> operations = Parser.parse(operation.document())
				.getDefinitionsOfType(OperationDefinition.class);
			List<OperationDefinition> run = operations.stream()
				.filter(definition -> operation.name() == null || operation.name().equals(definition.getName()))
				.toList();
			return run.size() == 1 && run.get(0).getOperation() == OperationDefinition.Operation.QUERY
					&& !onlyIntrospection(run.get(0).getSelectionSet());
		}
		catch (RuntimeException notWellFormed) {
			return false;
		}
	}

	private static boolean onlyIntrospection(SelectionSet selections) {
		return selections.getSelections()
			.stream()
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	private static DefaultTransactionDefinition readOnly() {
		DefaultTransactionDefinition read = new DefaultTransactionDefinition();
		read.setReadOnly(true);
		return read;
	}

}
