package org.accordgraph.format;

/**
 * One thing wrong with a record: where it is ({@code "events.yaml conferences[3] (slug)"}, that
 * is, in section {@code conferences} at index 3; the index is -1 outside a section), the field,
 * the rule it breaks and what to do about it.
 */
public record Problem(String record, String section, int index, String field, Rule rule, String message) {

	/** The rules a record can break; a mutation reports them as the {@code code} of its user errors. */
	public enum Rule {

		/** A required value is missing or blank. */
		REQUIRED,
		/** A value is not in the form its field takes: a slug, an ISO code, a date, a length. */
		FORMAT,
		/** A value is not one of its field's controlled list. */
		NOT_IN_LIST,
		/** A key already names another record. */
		DUPLICATE,
		/** A reference names no record of the kinds the field accepts. */
		UNKNOWN_REFERENCE,
		/** A quote said to be verbatim does not occur in its source's text. */
		NOT_IN_SOURCE,
		/** A fact lacks the citation or reasoning its basis needs, or claims more than its citations say. */
		EVIDENCE,
		/** Values that do not fit together: an end before its start, a passage never cited. */
		INCONSISTENT

	}

	@Override
	public String toString() {
		return this.record + (this.field.isEmpty() ? "" : "." + this.field) + ": " + this.message;
	}

}
