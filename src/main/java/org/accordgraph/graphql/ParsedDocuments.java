package org.accordgraph.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates each distinct document once: front ends send the same few documents again
 * and again with other variables, and parsing and validating one took about a tenth of a
 * request's time. Documents are kept by their text, up to a total length (so that many large
 * documents cannot fill the heap); a document's validation errors are kept with it, and the
 * limits on operations still apply to every execution.
 */
class ParsedDocuments implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> documents;

	/** @param maxCharacters the total length of the documents kept */
	ParsedDocuments(long maxCharacters) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(maxCharacters)
			.<String, PreparsedDocumentEntry>weigher((text, document) -> text.length())
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture
			.completedFuture(this.documents.get(input.getQuery(), text -> parseAndValidate.apply(input)));
	}

}
