package org.accordgraph.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import org.dataloader.DataLoader;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.stereotype.Component;

/**
 * How many subscriptions run at once on one WebSocket connection (the connections themselves are
 * counted at the handshake, by {@link ConnectionSlots}): a subscription over the limit gets an
 * error naming the limit, and the connection stays open for the others.
 */
@Component
class SubscriptionLimits implements WebSocketGraphQlInterceptor {

	/** Where a request over the limit carries its refusal, for {@link Refusal} to answer with. */
	static final String REFUSED = SubscriptionLimits.class.getName() + ".refused";

	private final GraphQlLimits limits;

	private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

	SubscriptionLimits(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	public void handleConnectionClosed(WebSocketSessionInfo session, int status, Map<String, Object> payload) {
		this.running.remove(session.getId());
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, WebGraphQlInterceptor.Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest socket)) {
			return chain.next(request);
		}
		AtomicInteger count = this.running.computeIfAbsent(socket.getSessionInfo().getId(), id -> new AtomicInteger());
		if (count.incrementAndGet() > this.limits.maxSubscriptionsPerConnection()) {
			count.decrementAndGet();
			LimitExceededException refusal = new LimitExceededException("max-subscriptions-per-connection",
					this.limits.maxSubscriptionsPerConnection(),
					"This connection runs as many subscriptions as one may: complete one before starting another");
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(Map.of(REFUSED, refusal))
				.build());
			return chain.next(request);
		}
		return chain.next(request).map(response -> {
			Object data = response.getExecutionResult().getData();
			if (data instanceof Publisher<?> events) {
				Flux<?> counted = Flux.from(events).doFinally(signal -> count.decrementAndGet());
				return response.transform(result -> result.data(counted));
			}
			count.decrementAndGet();
			return response;
		}).doOnError(ex -> count.decrementAndGet());
	}

	/** Answers a request refused at the connection with the error naming the limit, the connection staying open. */
	static final class Refusal extends SimplePerformantInstrumentation {

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			LimitExceededException refused = parameters.getExecutionContext().getGraphQLContext().get(REFUSED);
			if (refused != null) {
				throw RequestLimits.refusal(refused);
			}
			return SimpleInstrumentationContext.noOp();
		}

		/**
		 * Each event of a subscription reads afresh: the data loaders of a subscription live as long
		 * as it does, and would otherwise answer every event with what they read for the first.
		 */
		@Override
		public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
				InstrumentationFieldParameters parameters, InstrumentationState state) {
			parameters.getExecutionContext().getDataLoaderRegistry().getDataLoaders().forEach(DataLoader::clearAll);
			return SimpleInstrumentationContext.noOp();
		}

	}

}
