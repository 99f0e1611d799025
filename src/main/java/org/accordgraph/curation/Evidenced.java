package org.accordgraph.curation;

import java.util.List;

/** The input of a mutation that gives its evidence for all the facts it states. */
interface Evidenced {

	List<CitationInput> citations();

	/** A {@code Basis}; null for the schema's default, STATED. */
	String basis();

	String reasoning();

	Boolean unsourced();

}
