package org.accordgraph.briefing;

/** A briefing asked for with a bad parameter: the message names it. */
class BriefingRequestException extends RuntimeException {

	private final String parameter;

	BriefingRequestException(String parameter, String problem) {
		super(parameter + ": " + problem);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
