package org.accordgraph.graphql;

import java.util.List;
import java.util.function.LongSupplier;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.language.OperationDefinition;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The instrumentations that enforce the {@link GraphQlLimits} on every request. */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	@Bean
	Instrumentation operationLimits(GraphQlLimits limits) {
		return new OperationLimits(limits);
	}

	@Bean
	Instrumentation subscriptionRefusals() {
		return new SubscriptionLimits.Refusal();
	}

	@Bean
	Instrumentation timeLimit(GraphQlLimits limits) {
		return new TimeLimit(limits, System::nanoTime);
	}

	static AbortExecutionException refusal(LimitExceededException refused) {
		return new AbortExecutionException(List.of(refused.toError(GraphqlErrorBuilder.newError())));
	}

	/**
	 * Refuses every field fetched after a request has run for longer than the time limit. Each
	 * database query also runs with that timeout ({@code spring.transaction.default-timeout}). A
	 * subscription runs for as long as its subscriber stays: its events are bounded by the
	 * queries' timeout alone.
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
				if (this.nanoTime.getAsLong() - started > limit
						&& environment.getOperationDefinition().getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
					throw new LimitExceededException("timeout", this.limits.timeout(),
							"The request ran out of time before it could fetch '" + environment.getField().getName()
									+ "'");
				}
				return dataFetcher.get(environment);
			};
		}

	}

}
