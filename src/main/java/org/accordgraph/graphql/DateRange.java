package org.accordgraph.graphql;

import java.time.LocalDate;

/**
 * A range of days, both ends included; either end may be open.
 *
 * @param from the first day, or null for no lower bound
 * @param to the last day, or null for no upper bound
 */
public record DateRange(LocalDate from, LocalDate to) {

	/**
	 * @throws InvalidArgumentException naming the argument if the range runs backwards
	 */
	public DateRange validate(String argument) {
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			throw new InvalidArgumentException(argument, "'from' (" + this.from + ") is after 'to' (" + this.to + ")");
		}
		return this;
	}

}
