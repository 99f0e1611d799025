package org.accordgraph.graphql;

import java.util.Map;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.normalized.ExecutableNormalizedOperationFactory.Options;

/**
 * Bounds schema introspection ({@code __schema}, {@code __type}), which the depth and complexity
 * limits leave aside: the queries that GraphiQL, code generators and Apollo's tools send nest 15 or
 * more deep, well past what a data query needs. Two rules refuse abuse instead:
 * <ul>
 * <li>at most {@link GraphQlLimits#maxIntrospectionFields()} fields in a request that introspects,
 * counted through fragments and aliases, so that repeating introspection cannot multiply its
 * cost;</li>
 * <li>at most {@link GraphQlLimits#maxIntrospectionNesting()} of the type lists ({@code fields},
 * {@code inputFields}, {@code interfaces}, {@code possibleTypes}) inside one another, the rule
 * graphql-js applies, since each level multiplies the answer by the size of the schema.</li>
 * </ul>
 * They replace graphql-java's good-faith check, which allows {@code __type} only once a request
 * and so refuses Apollo Kotlin's first query (five {@code __type} lookups).
 */
final class IntrospectionLimit extends SimplePerformantInstrumentation {

	private static final Set<String> ROOTS = Set.of("__schema", "__type");

	private static final Set<String> TYPE_LISTS = Set.of("fields", "inputFields", "interfaces", "possibleTypes");

	private final GraphQlLimits limits;

	IntrospectionLimit(GraphQlLimits limits) {
		this.limits = limits;
	}

	/** Whether a field is {@code __schema} or {@code __type}, or inside one. */
	static boolean isIntrospection(QueryVisitorFieldEnvironment field) {
		QueryVisitorFieldEnvironment root = field;
		while (root.getParentEnvironment() != null) {
			root = root.getParentEnvironment();
		}
		return isIntrospectionRoot(root.getField().getName());
	}

	static boolean isIntrospectionRoot(String fieldName) {
		return ROOTS.contains(fieldName);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		if (!asksForIntrospection(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName())) {
			return SimpleInstrumentationContext.noOp();
		}
		context.getGraphQLContext().put(GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED, true);
		for (ExecutableNormalizedField root : normalize(context).getTopLevelFields()) {
			if (isIntrospectionRoot(root.getFieldName())) {
				root.traverseSubTree(this::checkNesting);
			}
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** The operation with its fragments expanded, field by field; stops at the field limit. */
	private ExecutableNormalizedOperation normalize(ExecutionContext context) {
		int maxFields = this.limits.maxIntrospectionFields();
		try {
			return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(context.getGraphQLSchema(),
					context.getOperationDefinition(), context.getFragmentsByName(), context.getCoercedVariables(),
					Options.defaultOptions()
						.maxFieldsCount(maxFields)
						.graphQLContext(context.getGraphQLContext())
						.locale(context.getLocale()));
		}
		catch (AbortExecutionException tooMany) {
			throw RequestLimits.refusal(new LimitExceededException("max-introspection-fields", maxFields,
					"The request introspects the schema and selects more than " + maxFields
							+ " fields, counted through fragments and aliases"));
		}
	}

	/** Whether the operation's top level selects {@code __schema} or {@code __type}. */
	private static boolean asksForIntrospection(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field && isIntrospectionRoot(field.getName())
					|| selection instanceof InlineFragment inline
							&& asksForIntrospection(inline.getSelectionSet(), fragments)
					|| selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
							&& asksForIntrospection(fragments.get(spread.getName()).getSelectionSet(), fragments)) {
				return true;
			}
		}
		return false;
	}

	private void checkNesting(ExecutableNormalizedField field) {
		int nesting = 0;
		for (ExecutableNormalizedField at = field; at != null; at = at.getParent()) {
			if (TYPE_LISTS.contains(at.getFieldName())) {
				nesting++;
			}
		}
		if (nesting > this.limits.maxIntrospectionNesting()) {
			throw RequestLimits.refusal(new LimitExceededException("max-introspection-nesting",
					this.limits.maxIntrospectionNesting(), "The request nests " + nesting
							+ " lists of types (fields, inputFields, interfaces, possibleTypes) inside one another"));
		}
	}

}
