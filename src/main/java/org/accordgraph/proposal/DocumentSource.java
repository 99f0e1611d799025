package org.accordgraph.proposal;

import java.time.LocalDate;

/** What a curator says of a document's source: a source already in the graph, or its title, publisher, address and date. */
public record DocumentSource(String source, String title, String publisher, String url, LocalDate publishedOn) {
}
