package org.accordgraph.network;

import java.util.List;
import java.util.Set;

import org.accordgraph.actor.Actor;
import org.accordgraph.fact.Basis;
import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.KnownInParts;

/**
 * An actor another worked with: in which ways, and the conferences, instruments or projects that
 * show it, each with the citations of the facts that make the link. A partner counted in the
 * database, for a request that does not ask for the evidence, holds its ways and count only.
 */
record Partner(Actor actor, List<Evidence> evidence, List<Way> ways, int count) implements KnownInParts<Partner> {

	/** How two actors worked together. */
	enum Way {

		/** Both co-organised, funded or supported the same conference. */
		CO_ORGANISED_EVENT,

		/** Both made commitments in the same declaration, action plan, law or statement. */
		COMMITTED_IN_SAME_INSTRUMENT,

		/** Both implement or fund the same project, or one implements or funds the other. */
		SAME_PROJECT

	}

	/** One piece of evidence: the way, and the conference, instrument or project it went through. */
	record Evidence(Way way, Object via, Grounds grounds) implements Cited {
	}

	/** A partner with its evidence: its ways and count are those of the evidence. */
	static Partner evidenced(Actor actor, List<Evidence> evidence) {
		return new Partner(actor, evidence, evidence.stream().map(Evidence::way).distinct().sorted().toList(),
				evidence.size());
	}

	/** A partner counted in the database, already kept to the evidence known in the ways asked. */
	static Partner counted(Actor actor, List<Way> ways, int count) {
		return new Partner(actor, null, ways.stream().sorted().toList(), count);
	}

	@Override
	public Partner knownOnly(Set<Basis> bases) {
		if (this.evidence == null) {
			return this;
		}
		List<Evidence> known = this.evidence.stream().filter(fact -> bases.contains(fact.basis())).toList();
		return known.isEmpty() ? null : evidenced(this.actor, known);
	}

	/** The most evidenced first, then by name. */
	@Override
	public int compareTo(Partner other) {
		int byCount = Integer.compare(other.count(), count());
		return (byCount != 0) ? byCount : this.actor.name().compareToIgnoreCase(other.actor.name());
	}

}
