package org.accordgraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * What a request selects below the field being fetched, for a root field whose statement reads
 * the nested levels the request asks for; and the request's data loaders, primed with what that
 * statement read, so that the nested fields answer from it rather than with statements of their
 * own. A field the statement did not read still loads as before, a level at a time.
 *
 * <pre>
 * Selection node = Selection.of(env).below("edges/node");
 * if (node.has("parties")) { ... read them in the page's statement, then ... }
 * node.prime("Commitment.parties", commitment, parties);
 * </pre>
 */
public final class Selection {

	/** For a caller outside a GraphQL request: selects nothing, primes nothing. */
	public static final Selection NONE = new Selection(null, null, "");

	private final DataFetchingFieldSelectionSet fields;

	private final DataLoaderRegistry loaders;

	private final String prefix;

	private Selection(DataFetchingFieldSelectionSet fields, DataLoaderRegistry loaders, String prefix) {
		this.fields = fields;
		this.loaders = loaders;
		this.prefix = prefix;
	}

	public static Selection of(DataFetchingEnvironment env) {
		return new Selection(env.getSelectionSet(), env.getDataLoaderRegistry(), "");
	}

	/** The selection below a path of fields, such as {@code edges/node} of a connection. */
	public Selection below(String path) {
		return new Selection(this.fields, this.loaders, this.prefix + path + "/");
	}

	/** Whether the request selects the field (a name, or a path of names) anywhere at this level. */
	public boolean has(String field) {
		return this.fields != null && this.fields.contains(this.prefix + field);
	}

	/**
	 * Hands a value read for a nested field to the request's data loader of that name, as the
	 * loader's own query would have answered it for the key; a loader the request does not hold
	 * is left alone.
	 * @param loader the loader's name: a {@code @BatchMapping}'s is {@code Type.field}, keyed by the parent
	 */
	public void prime(String loader, Object key, Object value) {
		if (this.loaders == null) {
			return;
		}
		DataLoader<Object, Object> found = this.loaders.getDataLoader(loader);
		if (found != null) {
			found.prime(key, value);
		}
	}

}
