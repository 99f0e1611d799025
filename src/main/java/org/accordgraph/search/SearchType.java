package org.accordgraph.search;

/** What kinds of things search finds; each is a label of the graph. */
enum SearchType {

	COUNTRY("Country"), ORGANISATION("Organisation"), PROJECT("Project"), PERSON("Person"),
	CONFERENCE("Conference"), CONFERENCE_SERIES("ConferenceSeries"), OBSERVANCE("Observance"),
	DECLARATION("Declaration"), ACTION_PLAN("ActionPlan"), LEGAL_INSTRUMENT("LegalInstrument"),
	COMMITMENT("Commitment"), STATEMENT("Statement"), STATISTIC("Statistic"), SOURCE("Source"),
	CITATION("Citation");

	private final String label;

	SearchType(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	static SearchType of(Iterable<String> labels) {
		for (String label : labels) {
			for (SearchType type : values()) {
				if (type.label.equals(label)) {
					return type;
				}
			}
		}
		throw new IllegalArgumentException("Not searchable: " + labels);
	}

}
