package org.accordgraph.actor;

import java.util.List;

import org.accordgraph.fact.Grounds;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A UN agency, government body, parliament, academy, NGO, donor ... */
public record Organisation(String slug, Revision revision, String name, String acronym, OrganisationKind kind,
		List<LocalizedName> names, List<String> alsoKnownAs, PartialDate establishedOn, Grounds grounds)
		implements Actor, Revised {

	public static Organisation from(MapAccessor node) {
		return new Organisation(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "name"), Fields.text(node, "acronym"),
				OrganisationKind.valueOf(Fields.text(node, "kind")), LocalizedName.of(node),
				Fields.texts(node, "alsoKnownAs"), PartialDate.from(node, "establishedOn"), Grounds.from(node));
	}

}
