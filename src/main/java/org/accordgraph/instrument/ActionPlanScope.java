package org.accordgraph.instrument;

/** Whether an action plan is one country's or a region's. */
public enum ActionPlanScope {

	NATIONAL, REGIONAL

}
