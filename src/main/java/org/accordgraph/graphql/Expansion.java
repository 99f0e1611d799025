package org.accordgraph.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * What an operation holds once every fragment is expanded wherever it is spread, measured without
 * expanding it: each fragment is measured once and its measure reused at each spread, so that a
 * document of a few lines whose fragments spread each other twice over (a thousand million fields
 * at 30 levels) is measured in as many steps as it has selections.
 */
final class Expansion {

	static final List<String> INTROSPECTION_ROOTS = List.of("__schema", "__type");

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Long> fieldsOfFragment = new HashMap<>();

	private final Map<String, Boolean> introspectionOfFragment = new HashMap<>();

	Expansion(Map<String, FragmentDefinition> fragments) {
		this.fragments = fragments;
	}

	/**
	 * How many fields the selections hold, fragments expanded, each alias and each repetition
	 * counted; {@link Long#MAX_VALUE} where that is more than a long holds.
	 */
	long fields(SelectionSet selections) {
		long fields = 0;
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				fields = plus(fields, plus(1, (field.getSelectionSet() != null) ? fields(field.getSelectionSet()) : 0));
			}
			else if (selection instanceof InlineFragment inline) {
				fields = plus(fields, fields(inline.getSelectionSet()));
			}
			else if (selection instanceof FragmentSpread spread) {
				fields = plus(fields, fieldsOf(spread.getName()));
			}
		}
		return fields;
	}

	/** Whether the selections, fragments expanded, select {@code __schema} or {@code __type} at their own level. */
	boolean introspects(SelectionSet selections) {
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field && INTROSPECTION_ROOTS.contains(field.getName())
					|| selection instanceof InlineFragment inline && introspects(inline.getSelectionSet())
					|| selection instanceof FragmentSpread spread && introspectionOf(spread.getName())) {
				return true;
			}
		}
		return false;
	}

	/** A fragment's fields; a fragment not defined, or spread inside itself (validation refuses both), counts none. */
	private long fieldsOf(String name) {
		Long known = this.fieldsOfFragment.get(name);
		if (known != null) {
			return known;
		}
		FragmentDefinition fragment = this.fragments.get(name);
		if (fragment == null) {
			return 0;
		}
		this.fieldsOfFragment.put(name, 0L);
		long fields = fields(fragment.getSelectionSet());
		this.fieldsOfFragment.put(name, fields);
		return fields;
	}

	private boolean introspectionOf(String name) {
		Boolean known = this.introspectionOfFragment.get(name);
		if (known != null) {
			return known;
		}
		FragmentDefinition fragment = this.fragments.get(name);
		if (fragment == null) {
			return false;
		}
		this.introspectionOfFragment.put(name, false);
		boolean introspects = introspects(fragment.getSelectionSet());
		this.introspectionOfFragment.put(name, introspects);
		return introspects;
	}

	private static long plus(long a, long b) {
		long sum = a + b;
		return (sum < a) ? Long.MAX_VALUE : sum;
	}

}
