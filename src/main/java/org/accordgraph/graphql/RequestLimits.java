package org.accordgraph.graphql;

import java.util.List;
import java.util.function.LongSupplier;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The instrumentations that enforce the {@link GraphQlLimits} on every request. */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	@Bean
	Instrumentation maxDepth(GraphQlLimits limits) {
		return new MaxDepth(limits);
	}

	@Bean
	Instrumentation introspectionLimit(GraphQlLimits limits) {
		return new IntrospectionLimit(limits);
	}

	@Bean
	Instrumentation maxComplexity(GraphQlLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), new Complexity(limits)) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return refusal(new LimitExceededException("max-complexity", maxComplexity,
						"The request costs " + complexity + ", more than allowed (a field costs 1; what is under a list "
								+ "costs as many times over as the list may hold)"));
			}
		};
	}

	@Bean
	Instrumentation timeLimit(GraphQlLimits limits) {
		return new TimeLimit(limits, System::nanoTime);
	}

	static AbortExecutionException refusal(LimitExceededException refused) {
		return new AbortExecutionException(List.of(refused.toError(GraphqlErrorBuilder.newError())));
	}

	/**
	 * How deeply fields nest: a top-level field is 1 deep. Introspection is left to the
	 * {@link IntrospectionLimit}.
	 */
	static final class MaxDepth extends SimplePerformantInstrumentation {

		private final GraphQlLimits limits;

		MaxDepth(GraphQlLimits limits) {
			this.limits = limits;
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext context = parameters.getExecutionContext();
			int depth = QueryTraverser.newQueryTraverser()
				.schema(context.getGraphQLSchema())
				.document(context.getDocument())
				.operationName(context.getOperationDefinition().getName())
				.coercedVariables(context.getCoercedVariables())
				.build()
				.reducePreOrder((field, deepest) -> IntrospectionLimit.isIntrospection(field) ? deepest
						: Math.max(depthOf(field), deepest), 0);
			if (depth > this.limits.maxDepth()) {
				throw refusal(new LimitExceededException("max-depth", this.limits.maxDepth(),
						"The request nests fields " + depth + " deep, deeper than allowed"));
			}
			return SimpleInstrumentationContext.noOp();
		}

		private static int depthOf(QueryVisitorFieldEnvironment field) {
			int depth = 0;
			for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
				depth++;
			}
			return depth;
		}

	}

	/**
	 * The cost of a field: 1, plus what is under it times as many items as it may hold: the page
	 * size asked for ({@code first}, {@code last}, or the default page size) on paged fields, the
	 * assumed list size on other lists. A connection's {@code edges} are counted by its page size.
	 * Introspection costs nothing here: the {@link IntrospectionLimit} bounds it.
	 */
	static final class Complexity implements FieldComplexityCalculator {

		private final GraphQlLimits limits;

		Complexity(GraphQlLimits limits) {
			this.limits = limits;
		}

		@Override
		public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
			if (IntrospectionLimit.isIntrospectionRoot(environment.getField().getName())) {
				return 0;
			}
			return (int) Math.min(Integer.MAX_VALUE, 1 + (long) childComplexity * multiplier(environment));
		}

		private int multiplier(FieldComplexityEnvironment environment) {
			var definition = environment.getFieldDefinition();
			if (definition.getArgument("first") != null || definition.getArgument("last") != null) {
				Object first = environment.getArguments().get("first");
				Object last = environment.getArguments().get("last");
				Object size = (first != null) ? first : last;
				return (size instanceof Integer pageSize) ? Math.max(pageSize, 1) : this.limits.defaultPageSize();
			}
			if (definition.getName().equals("edges") || !isList(definition.getType())) {
				return 1;
			}
			return this.limits.assumedListSize();
		}

		private static boolean isList(GraphQLType type) {
			return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
		}

	}

	/**
	 * Refuses every field fetched after a request has run for longer than the time limit. Each
	 * database query also runs with that timeout ({@code spring.transaction.default-timeout}).
	 */
	static final class TimeLimit extends SimplePerformantInstrumentation {

		private final GraphQlLimits limits;

		private final LongSupplier nanoTime;

		TimeLimit(GraphQlLimits limits, LongSupplier nanoTime) {
			this.limits = limits;
			this.nanoTime = nanoTime;
		}

		private record Started(long at) implements InstrumentationState {
		}

		@Override
		public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
			return new Started(this.nanoTime.getAsLong());
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			long limit = this.limits.timeout().toNanos();
			long started = ((Started) state).at();
			return environment -> {
				if (this.nanoTime.getAsLong() - started > limit) {
					throw new LimitExceededException("timeout", this.limits.timeout(),
							"The request ran out of time before it could fetch '" + environment.getField().getName()
									+ "'");
				}
				return dataFetcher.get(environment);
			};
		}

	}

}
