package org.accordgraph.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.stereotype.Component;

/**
 * The {@code basis} argument of every list of facts: keeps the facts known in the ways asked for
 * ({@code basis: [STATED]} for a briefing from stated facts alone), whatever fetches the list.
 * Declared in the schema on each such field; applied here once for all of them.
 */
@Component
class BasisArgument extends SimplePerformantInstrumentation {

	static final String NAME = "basis";

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		GraphQLFieldDefinition field = parameters.getExecutionStepInfo().getFieldDefinition();
		if (field.getArgument(NAME) == null || !(GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList)) {
			return fetcher;
		}
		return environment -> {
			List<?> asked = environment.getArgument(NAME);
			Object result = fetcher.get(environment);
			return (asked == null) ? result : keep(result, Basis.asked(asked));
		};
	}

	private static Object known(Object fact, Set<Basis> bases) {
		if (fact instanceof Cited cited) {
			return bases.contains(cited.basisInList()) ? fact : null;
		}
		if (fact instanceof KnownInParts<?> parts) {
			return parts.knownOnly(bases);
		}
		return fact;
	}

	private static Object keep(Object result, Set<Basis> bases) {
		if (result instanceof CompletionStage<?> pending) {
			return pending.thenApply(value -> keep(value, bases));
		}
		if (result instanceof DataFetcherResult<?> fetched) {
			return DataFetcherResult.newResult()
				.data(keep(fetched.getData(), bases))
				.errors(fetched.getErrors())
				.localContext(fetched.getLocalContext())
				.extensions(fetched.getExtensions())
				.build();
		}
		if (result instanceof List<?> facts) {
			List<Object> known = new ArrayList<>(facts.stream().map(fact -> known(fact, bases)).filter(Objects::nonNull).toList());
			if (!known.isEmpty() && known.stream().allMatch(KnownInParts.class::isInstance)) {
				known.sort(null);
			}
			return known;
		}
		return result;
	}

}
