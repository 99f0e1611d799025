package org.accordgraph.commitment;

import java.util.EnumSet;
import java.util.Set;

/** What has become of a commitment, as assessed on a date. */
public enum CommitmentStatus {

	PENDING, IN_PROGRESS, FULFILLED, NOT_FULFILLED, WITHDRAWN,

	/** Not known: the commitment fell due after its latest assessment. Derived, never recorded. */
	UNKNOWN;

	/** The statuses of a commitment not yet settled: what they say stops holding once it falls due. */
	static final Set<CommitmentStatus> OPEN = EnumSet.of(PENDING, IN_PROGRESS);

}
