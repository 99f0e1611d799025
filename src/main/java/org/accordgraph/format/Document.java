package org.accordgraph.format;

/** One file of a dataset: its name, which problems give, and what it holds. */
record Document(String name, Dataset dataset) {
}
