package org.accordgraph.actor;

import java.util.Set;

import org.accordgraph.fact.Cited;
import org.neo4j.driver.types.Node;

/** Who can organise, commit, fund or take part: a country, an organisation, a project or a person. */
public sealed interface Actor extends Cited permits Country, Organisation, Project, Person {

	/** The labels of actors' nodes. */
	Set<String> LABELS = Set.of("Country", "Organisation", "Project", "Person");

	String name();

	/** The actor a node of any actor label stands for. */
	static Actor from(Node node) {
		if (node.hasLabel("Country")) {
			return Country.from(node);
		}
		if (node.hasLabel("Organisation")) {
			return Organisation.from(node);
		}
		if (node.hasLabel("Project")) {
			return Project.from(node);
		}
		if (node.hasLabel("Person")) {
			return Person.from(node);
		}
		throw new IllegalArgumentException("Not an actor: " + node.labels());
	}

}
