package org.accordgraph.graphql;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

/**
 * One page of a list, as a Relay connection. {@code totalCount} is a count query of its own, run
 * only when the field is requested.
 */
public final class Connection<T> {

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final Supplier<Long> totalCount;

	Connection(List<Edge<T>> edges, PageInfo pageInfo, Supplier<Long> totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = SingletonSupplier.of(totalCount);
	}

	public List<Edge<T>> edges() {
		return this.edges;
	}

	public PageInfo pageInfo() {
		return this.pageInfo;
	}

	public long totalCount() {
		return this.totalCount.get();
	}

}
