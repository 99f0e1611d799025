package org.accordgraph.evidence;

/** The unit of a statistic's value. */
public enum StatisticUnit {

	PERCENT, PERSONS, CASES

}
