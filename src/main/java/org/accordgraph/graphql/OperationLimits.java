package org.accordgraph.graphql;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.GoodFaithIntrospection;
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
 * <li>Fields: the operation may select at most {@link GraphQlLimits#maxFields()} fields, counted by
 * {@link Expansion} through fragments and aliases before anything else is done with it, so that a
 * few lines of fragments spreading each other cannot make the service expand millions.</li>
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

	private static final List<String> TYPE_LISTS = List.of("fields", "inputFields", "interfaces", "possibleTypes");

	private final GraphQlLimits limits;

	OperationLimits(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		SelectionSet selections = context.getOperationDefinition().getSelectionSet();
		Expansion expansion = new Expansion(context.getFragmentsByName());
		boolean introspects = expansion.introspects(selections);
		int maxFields = introspects ? this.limits.maxIntrospectionFields() : this.limits.maxFields();
		if (expansion.fields(selections) > maxFields) {
			throw tooManyFields(introspects, maxFields);
		}
		if (introspects) {
			context.getGraphQLContext().put(GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED, true);
		}
		ExecutableNormalizedOperation operation = normalize(context, maxFields, introspects);
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

	/**
	 * The operation with its fragments expanded, field by field, once {@link Expansion} has found it
	 * within the field limit; graphql-java stops at that limit too, where abstract types multiply
	 * the fields.
	 */
	private ExecutableNormalizedOperation normalize(ExecutionContext context, int maxFields, boolean introspects) {
		try {
			return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(context.getGraphQLSchema(),
					context.getOperationDefinition(), context.getFragmentsByName(), context.getCoercedVariables(),
					Options.defaultOptions()
						.maxFieldsCount(maxFields)
						.graphQLContext(context.getGraphQLContext())
						.locale(context.getLocale()));
		}
		catch (AbortExecutionException tooMany) {
			throw tooManyFields(introspects, maxFields);
		}
	}

	private static AbortExecutionException tooManyFields(boolean introspects, int maxFields) {
		if (introspects) {
			return refusal("max-introspection-fields", maxFields, "The request introspects the schema and selects "
					+ "more than " + maxFields + " fields, counted through fragments and aliases");
		}
		return refusal("max-fields", maxFields,
				"The request selects more than " + maxFields + " fields, counted through fragments and aliases");
	}

	private static boolean isIntrospection(ExecutableNormalizedField topLevel) {
		return Expansion.INTROSPECTION_ROOTS.contains(topLevel.getFieldName());
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
