package org.accordgraph.proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * The events a document speaks of, by the sentence that introduces each: a sentence speaks of the
 * last event introduced at or before it ("The event is co-organised by ...").
 */
final class DocumentEvents {

	/** An event: the graph's own conference ({@code existing}) or one proposed, by its key. */
	record Event(int sentence, String key, boolean existing) {
	}

	private final List<Event> events = new ArrayList<>();

	void add(Event event) {
		this.events.add(event);
	}

	/** The event the sentence speaks of; null before the first. */
	Event at(int sentence) {
		Event found = null;
		for (Event event : this.events) {
			if (event.sentence() <= sentence) {
				found = event;
			}
		}
		return found;
	}

}
