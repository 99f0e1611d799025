package org.accordgraph.proposal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxCharacters the longest document proposed from: a long press release is 15,000
 * characters, a report's chapter 100,000
 * @param batchesKept how many batches of proposals are held for curators at once (in the graph); the oldest goes first
 * @param batchLifetime how long a batch is held after it was proposed
 */
@ConfigurationProperties("accord.proposals")
record ProposalLimits(@DefaultValue("100000") int maxCharacters, @DefaultValue("200") int batchesKept,
		@DefaultValue("24h") Duration batchLifetime) {
}
