package org.accordgraph.curation;

/** A passage of a source that supports the facts of a mutation (GraphQL {@code CitationInput}). */
record CitationInput(String source, String quote, Boolean verbatim) {
}
