package org.accordgraph.actor;

import java.util.List;
import java.util.Map;

import org.accordgraph.actor.Links.CountryLink;
import org.accordgraph.actor.Links.OrganisationLink;
import org.accordgraph.theme.Theme;
import org.accordgraph.theme.Themes;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static org.accordgraph.graphql.BatchResults.byParent;
import static org.accordgraph.graphql.BatchResults.keys;
import static org.accordgraph.graphql.BatchResults.listsInOrder;

/** What actors are part of, based in, implement and fund, and the posts people held: in batches. */
@Controller
class ActorRelationsController {

	private final ActorRepository actors;

	private final Themes themes;

	ActorRelationsController(ActorRepository actors, Themes themes) {
		this.actors = actors;
		this.themes = themes;
	}

	@BatchMapping
	Map<Organisation, OrganisationLink> partOf(List<Organisation> organisations) {
		return byParent(organisations, Organisation::slug, this.actors.partOf(slugs(organisations)));
	}

	@BatchMapping
	List<List<OrganisationLink>> parts(List<Organisation> organisations) {
		return listsInOrder(organisations, Organisation::slug, this.actors.parts(slugs(organisations)));
	}

	@BatchMapping
	Map<Organisation, CountryLink> basedIn(List<Organisation> organisations) {
		return byParent(organisations, Organisation::slug, this.actors.basedIn(slugs(organisations)));
	}

	@BatchMapping(typeName = "Organisation", field = "positions")
	List<List<Position>> positionsInOrganisation(List<Organisation> organisations) {
		return listsInOrder(organisations, Organisation::slug, this.actors.positionsIn(slugs(organisations)));
	}

	@BatchMapping
	List<List<OrganisationLink>> implementedBy(List<Project> projects) {
		List<String> slugs = keys(projects, Project::slug);
		return listsInOrder(projects, Project::slug, this.actors.projectOrganisations(slugs, "IMPLEMENTED_BY"));
	}

	@BatchMapping
	List<List<OrganisationLink>> fundedBy(List<Project> projects) {
		List<String> slugs = keys(projects, Project::slug);
		return listsInOrder(projects, Project::slug, this.actors.projectOrganisations(slugs, "FUNDED_BY"));
	}

	@BatchMapping(typeName = "Person", field = "positions")
	List<List<Position>> positionsOfPerson(List<Person> people) {
		return listsInOrder(people, Person::slug, this.actors.positions(keys(people, Person::slug)));
	}

	@BatchMapping
	Map<Position, Organisation> organisation(List<Position> positions) {
		return byParent(positions, Position::slug,
				this.actors.organisationOf(keys(positions, Position::slug)));
	}

	@BatchMapping
	Map<Position, Person> person(List<Position> positions) {
		return byParent(positions, Position::slug, this.actors.holderOf(keys(positions, Position::slug)));
	}

	@BatchMapping(typeName = "SupportType", field = "themes")
	List<List<Theme>> supportTypeThemes(List<SupportType> supportTypes) {
		return listsInOrder(supportTypes, SupportType::slug,
				this.themes.of("SupportType", keys(supportTypes, SupportType::slug)));
	}

	private static List<String> slugs(List<Organisation> organisations) {
		return keys(organisations, Organisation::slug);
	}

}
