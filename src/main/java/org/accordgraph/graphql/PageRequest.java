package org.accordgraph.graphql;

import org.springframework.lang.Nullable;

/**
 * A validated request for one page: how many rows, in which direction, from which cursor.
 *
 * @param size how many rows
 * @param backwards true for {@code last}/{@code before}
 * @param cursor the {@code after} or {@code before} cursor, still encoded
 */
public record PageRequest(int size, boolean backwards, @Nullable String cursor) {

	/**
	 * @throws InvalidArgumentException naming the argument that cannot be used
	 */
	public static PageRequest of(PageArguments args, GraphQlLimits limits) {
		if (args.first() != null && args.last() != null) {
			throw new InvalidArgumentException("last", "cannot be combined with 'first'; page one way at a time");
		}
		if (args.after() != null && args.before() != null) {
			throw new InvalidArgumentException("before", "cannot be combined with 'after'; page one way at a time");
		}
		boolean backwards = args.last() != null || args.before() != null;
		if (backwards && args.first() != null) {
			throw new InvalidArgumentException("first", "pages forwards; use 'last' with 'before'");
		}
		if (!backwards && args.last() != null) {
			throw new InvalidArgumentException("last", "pages backwards; use 'first' with 'after'");
		}
		String sizeArgument = backwards ? "last" : "first";
		Integer requested = backwards ? args.last() : args.first();
		int size = (requested != null) ? requested : limits.defaultPageSize();
		if (size < 0) {
			throw new InvalidArgumentException(sizeArgument, "must not be negative, was " + size);
		}
		if (size > limits.maxPageSize()) {
			throw new InvalidArgumentException(sizeArgument,
					"must be at most " + limits.maxPageSize() + " (the maximum page size), was " + size);
		}
		return new PageRequest(size, backwards, backwards ? args.before() : args.after());
	}

	String cursorArgument() {
		return this.backwards ? "before" : "after";
	}

}
