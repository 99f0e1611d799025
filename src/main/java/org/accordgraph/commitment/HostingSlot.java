package org.accordgraph.commitment;

import java.util.List;

import org.accordgraph.actor.Country;
import org.accordgraph.event.Conference;
import org.accordgraph.evidence.Cited;

/**
 * One year of a conference series' hosting rotation: the country that undertook to host, the
 * edition held (or scheduled) that year if any, and where the undertaking is written.
 */
public record HostingSlot(int year, Country country, Conference conference, Commitment commitment,
		List<String> citationKeys) implements Cited {

}
