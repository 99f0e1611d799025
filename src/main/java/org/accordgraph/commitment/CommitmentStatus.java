package org.accordgraph.commitment;

/** What has become of a commitment, as assessed on a date. */
public enum CommitmentStatus {

	PENDING, IN_PROGRESS, FULFILLED, NOT_FULFILLED, WITHDRAWN

}
