package org.accordgraph.format;

import java.util.ArrayList;
import java.util.List;

import org.accordgraph.format.Problem.Rule;

/**
 * The problems found in a dataset, each naming file, record and field: the record being checked
 * is set before its checks run, and every check reports through here.
 */
public final class Problems {

	private final List<Problem> found = new ArrayList<>();

	private String where;

	private String section = "";

	private int index = -1;

	/** The record the checks that follow are about: {@code "file section[i] (key)"}. */
	void at(String where, String section, int index) {
		this.where = where;
		this.section = section;
		this.index = index;
	}

	String where() {
		return this.where;
	}

	List<Problem> found() {
		return this.found;
	}

	void report(Rule rule, String field, String message) {
		this.found.add(new Problem(this.where, this.section, this.index, field, rule, message));
	}

	<T> T require(T value, String field) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			report(Rule.REQUIRED, field, "is missing");
		}
		return value;
	}

	/** The value of a controlled list named by {@code value}; null, with a problem, if it names none. */
	<E extends Enum<E>> E oneOf(String value, Class<E> type, String field) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			report(Rule.NOT_IN_LIST, field, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
			return null;
		}
	}

}
