package org.accordgraph.fact;

/** How exact a date is: as exact as its source, no more. */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
