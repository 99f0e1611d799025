package org.accordgraph.graphql;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
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
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Refuses, before anything is fetched, an operation over the {@link GraphQlLimits} of depth and
 * complexity, or, when it introspects the schema, of introspection. All are measured on the
 * operation as it will run: each fragment counted wherever it is spread, each alias on its own, so
 * that repeating a fragment cannot multiply the work unseen.
 * <ul>
 * <li>Depth: a top-level field is 1 deep.</li>
 * <li>Complexity: a field costs 1, plus what is under it times as many items as it may hold: the
 * page size asked for ({@code first}, {@code last}, or the default page size) on paged fields, the
 * assumed list size on other lists. A connection's {@code edges} are counted by its page size;
 * {@code __typename} costs nothing.</li>
 * <li>Introspection ({@code __schema}, {@code __type}) is left out of both: the queries that
 * GraphiQL, code generators and Apollo's tools send nest 15 or more deep. A request that
 * introspects may select at most {@link GraphQlLimits#maxIntrospectionFields()} fields, and nest
 * at most {@link GraphQlLimits#maxIntrospectionNesting()} of the type lists ({@code fields},
 * {@code inputFields}, {@code interfaces}, {@code possibleTypes}) inside one another, the rule
 * graphql-js applies, since each level multiplies the answer by the size of the schema. These
 * replace graphql-java's good-faith check, which allows {@code __type} only once a request and so
 * refuses Apollo Kotlin's first query (five {@code __type} lookups).</li>
 * </ul>
 */
final class OperationLimits extends SimplePerformantInstrumentation {

	private static final List<String> INTROSPECTION_ROOTS = List.of("__schema", "__type");

	private static final List<String> TYPE_LISTS = List.of("fields", "inputFields", "interfaces", "possibleTypes");

	private final GraphQlLimits limits;

	OperationLimits(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		boolean introspects = introspects(context.getOperationDefinition().getSelectionSet(),
				context.getFragmentsByName());
		if (introspects) {
			context.getGraphQLContext().put(GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED, true);
		}
		ExecutableNormalizedOperation operation = normalize(context, introspects);
		int depth = 0;
		long cost = 0;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			if (isIntrospection(field)) {
				field.traverseSubTree(this::checkNesting);
			}
			else {
				depth = Math.max(depth, depth(field));
				cost += cost(field, context.getGraphQLSchema());
			}
		}
		if (depth > this.limits.maxDepth()) {
			throw refusal("max-depth", this.limits.maxDepth(),
					"The request nests fields " + depth + " deep, deeper than allowed");
		}
		if (cost > this.limits.maxComplexity()) {
			throw refusal("max-complexity", this.limits.maxComplexity(), "The request costs " + cost
					+ ", more than allowed (a field costs 1; what is under a list costs as many times over as the "
					+ "list may hold)");
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** The operation with its fragments expanded, field by field; stops early at the field limit. */
	private ExecutableNormalizedOperation normalize(ExecutionContext context, boolean introspects) {
		int maxFields = introspects ? this.limits.maxIntrospectionFields() : Options.DEFAULT_MAX_FIELDS_COUNT;
		try {
			return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(context.getGraphQLSchema(),
					context.getOperationDefinition(), context.getFragmentsByName(), context.getCoercedVariables(),
					Options.defaultOptions()
						.maxFieldsCount(maxFields)
						.graphQLContext(context.getGraphQLContext())
						.locale(context.getLocale()));
		}
		catch (AbortExecutionException tooMany) {
			if (introspects) {
				throw refusal("max-introspection-fields", maxFields, "The request introspects the schema and selects "
						+ "more than " + maxFields + " fields, counted through fragments and aliases");
			}
			throw refusal("max-complexity", this.limits.maxComplexity(),
					"The request selects more than " + maxFields + " fields, counted through fragments and aliases");
		}
	}

	private static boolean isIntrospection(ExecutableNormalizedField topLevel) {
		return INTROSPECTION_ROOTS.contains(topLevel.getFieldName());
	}

	/** Whether the operation's top level selects {@code __schema} or {@code __type}. */
	private static boolean introspects(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field && INTROSPECTION_ROOTS.contains(field.getName())
					|| selection instanceof InlineFragment inline && introspects(inline.getSelectionSet(), fragments)
					|| selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
							&& introspects(fragments.get(spread.getName()).getSelectionSet(), fragments)) {
				return true;
			}
		}
		return false;
	}

	private static int depth(ExecutableNormalizedField field) {
		int deepest = field.getLevel();
		for (ExecutableNormalizedField child : field.getChildren()) {
			deepest = Math.max(deepest, depth(child));
		}
		return deepest;
	}

	private long cost(ExecutableNormalizedField field, GraphQLSchema schema) {
		if (field.getFieldName().equals("__typename")) {
			return 0;
		}
		long children = 0;
		for (ExecutableNormalizedField child : field.getChildren()) {
			children += cost(child, schema);
		}
		return Math.min(Integer.MAX_VALUE, 1 + children * multiplier(field, schema));
	}

	private int multiplier(ExecutableNormalizedField field, GraphQLSchema schema) {
		GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
		if (definition.getArgument("first") != null || definition.getArgument("last") != null) {
			Object first = field.getResolvedArguments().get("first");
			Object last = field.getResolvedArguments().get("last");
			Object size = (first != null) ? first : last;
			return (size instanceof Integer pageSize) ? Math.max(pageSize, 1) : this.limits.defaultPageSize();
		}
		if (definition.getName().equals("edges")
				|| !(GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList)) {
			return 1;
		}
		return this.limits.assumedListSize();
	}

	private void checkNesting(ExecutableNormalizedField field) {
		int nesting = 0;
		for (ExecutableNormalizedField at = field; at != null; at = at.getParent()) {
			if (TYPE_LISTS.contains(at.getFieldName())) {
				nesting++;
			}
		}
		if (nesting > this.limits.maxIntrospectionNesting()) {
			throw refusal("max-introspection-nesting", this.limits.maxIntrospectionNesting(), "The request nests "
					+ nesting + " lists of types (fields, inputFields, interfaces, possibleTypes) inside one another");
		}
	}

	private static AbortExecutionException refusal(String limit, Object value, String message) {
		return RequestLimits.refusal(new LimitExceededException(limit, value, message));
	}

}
