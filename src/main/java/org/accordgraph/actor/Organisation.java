package org.accordgraph.actor;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A UN agency, government body, parliament, academy, NGO, donor ... */
public record Organisation(String slug, String name, String acronym, OrganisationKind kind,
		List<LocalizedName> names, List<String> alsoKnownAs, LocalDate establishedOn, List<String> citationKeys)
		implements Actor {

	public static Organisation from(MapAccessor node) {
		return new Organisation(Fields.text(node, "slug"), Fields.text(node, "name"), Fields.text(node, "acronym"),
				OrganisationKind.valueOf(Fields.text(node, "kind")), LocalizedName.of(node),
				Fields.texts(node, "alsoKnownAs"), Fields.date(node, "establishedOn"), Fields.texts(node, "citations"));
	}

}
