package org.accordgraph.graphql;

/**
 * A range of whole numbers such as years, both ends included; either end may be open.
 *
 * @param from the lowest, or null for no lower bound
 * @param to the highest, or null for no upper bound
 */
public record IntRange(Integer from, Integer to) {

	/**
	 * @throws InvalidArgumentException naming the argument if the range runs backwards
	 */
	public IntRange validate(String argument) {
		if (this.from != null && this.to != null && this.from > this.to) {
			throw new InvalidArgumentException(argument, "'from' (" + this.from + ") is above 'to' (" + this.to + ")");
		}
		return this;
	}

}
