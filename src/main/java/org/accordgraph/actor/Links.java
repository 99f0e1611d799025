package org.accordgraph.actor;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/**
 * Relationships to actors stated as facts: the actor, the relationship's citations and note.
 * Queries that return them name the target {@code t} and the relationship {@code r}.
 */
public final class Links {

	private Links() {
	}

	/** A relationship to a country. */
	public record CountryLink(Country country, String note, Grounds grounds) implements Cited {
	}

	/** A relationship to an organisation. */
	public record OrganisationLink(Organisation organisation, String note, Grounds grounds)
			implements Cited {
	}

	/** A relationship to any actor; {@code delegation} says who represented it, where known. */
	public record ActorLink(Actor actor, String delegation, String note, Grounds grounds)
			implements Cited {
	}

	public static CountryLink country(MapAccessor row) {
		return new CountryLink(Country.from(row.get("t")), note(row), citations(row));
	}

	public static OrganisationLink organisation(MapAccessor row) {
		return new OrganisationLink(Organisation.from(row.get("t")), note(row), citations(row));
	}

	public static ActorLink actor(MapAccessor row) {
		return new ActorLink(Actor.from(row.get("t").asNode()), Fields.text(row.get("r"), "delegation"), note(row),
				citations(row));
	}

	private static String note(MapAccessor row) {
		return Fields.text(row.get("r"), "note");
	}

	private static Grounds citations(MapAccessor row) {
		return Grounds.from(row.get("r"));
	}

}
