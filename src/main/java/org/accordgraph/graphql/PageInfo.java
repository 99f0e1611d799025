package org.accordgraph.graphql;

import java.util.function.Supplier;

import org.springframework.lang.Nullable;
import org.springframework.util.function.SingletonSupplier;

/**
 * Relay's page information. Whether rows lie on the side the client came from costs a query, so
 * it is asked only when the field is requested.
 */
public final class PageInfo {

	private final Supplier<Boolean> hasNextPage;

	private final Supplier<Boolean> hasPreviousPage;

	private final String startCursor;

	private final String endCursor;

	PageInfo(Supplier<Boolean> hasNextPage, Supplier<Boolean> hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
		this.hasNextPage = SingletonSupplier.of(hasNextPage);
		this.hasPreviousPage = SingletonSupplier.of(hasPreviousPage);
		this.startCursor = startCursor;
		this.endCursor = endCursor;
	}

	public boolean hasNextPage() {
		return this.hasNextPage.get();
	}

	public boolean hasPreviousPage() {
		return this.hasPreviousPage.get();
	}

	public @Nullable String startCursor() {
		return this.startCursor;
	}

	public @Nullable String endCursor() {
		return this.endCursor;
	}

}
