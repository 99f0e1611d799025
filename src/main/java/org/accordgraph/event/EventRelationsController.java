package org.accordgraph.event;

import java.util.List;
import java.util.Map;

import org.accordgraph.actor.Country;
import org.accordgraph.actor.Links.ActorLink;
import org.accordgraph.actor.Links.CountryLink;
import org.accordgraph.actor.Person;
import org.accordgraph.actor.Position;
import org.accordgraph.event.EventLinks.ConferenceLink;
import org.accordgraph.event.EventLinks.ConferenceSeriesLink;
import org.accordgraph.event.EventLinks.ObservanceLink;
import org.accordgraph.event.EventLinks.TopicLink;
import org.accordgraph.event.EventRepository.Involvement;
import org.accordgraph.evidence.SourceLink;
import org.accordgraph.theme.Theme;
import org.accordgraph.theme.ThemeDefinition;
import org.accordgraph.theme.Themes;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static org.accordgraph.graphql.BatchResults.byParent;
import static org.accordgraph.graphql.BatchResults.keys;
import static org.accordgraph.graphql.BatchResults.listsInOrder;

/** Who hosted, organised, funded and attended conferences, and who said what: in batches. */
@Controller
class EventRelationsController {

	private final EventRepository events;

	private final Themes themes;

	EventRelationsController(EventRepository events, Themes themes) {
		this.events = events;
		this.themes = themes;
	}

	@BatchMapping
	List<List<Conference>> editions(List<ConferenceSeries> series) {
		return listsInOrder(series, ConferenceSeries::slug, this.events.editions(keys(series, ConferenceSeries::slug)));
	}

	@BatchMapping(typeName = "Conference", field = "series")
	Map<Conference, ConferenceSeriesLink> seriesOfConference(List<Conference> conferences) {
		return byParent(conferences, Conference::slug, this.events.seriesOf(slugs(conferences)));
	}

	@BatchMapping
	Map<Conference, CountryLink> hostedBy(List<Conference> conferences) {
		return byParent(conferences, Conference::slug, this.events.hosts(slugs(conferences)));
	}

	@BatchMapping
	List<List<ActorLink>> coOrganisers(List<Conference> conferences) {
		return involved(conferences, Involvement.CO_ORGANISED_BY);
	}

	@BatchMapping
	List<List<ActorLink>> funders(List<Conference> conferences) {
		return involved(conferences, Involvement.FUNDED_BY);
	}

	@BatchMapping
	List<List<ActorLink>> supporters(List<Conference> conferences) {
		return involved(conferences, Involvement.SUPPORTED_BY);
	}

	@BatchMapping
	List<List<ActorLink>> participants(List<Conference> conferences) {
		return involved(conferences, Involvement.ATTENDED_BY);
	}

	@BatchMapping
	Map<Conference, ObservanceLink> marks(List<Conference> conferences) {
		return byParent(conferences, Conference::slug, this.events.marks(slugs(conferences)));
	}

	@BatchMapping
	List<List<TopicLink>> topics(List<Conference> conferences) {
		return listsInOrder(conferences, Conference::slug, this.events.topics("Conference", slugs(conferences)));
	}

	@BatchMapping(typeName = "Statement", field = "topics")
	List<List<TopicLink>> topicsOfStatement(List<Statement> statements) {
		return listsInOrder(statements, Statement::slug, this.events.topics("Statement", keys(statements, Statement::slug)));
	}

	@BatchMapping
	List<List<SourceLink>> refersTo(List<Statement> statements) {
		return listsInOrder(statements, Statement::slug,
				this.events.sourcesReferredTo(keys(statements, Statement::slug)));
	}

	@BatchMapping
	Map<ConferenceSeries, ConferenceLink> agreedAt(List<ConferenceSeries> series) {
		return byParent(series, ConferenceSeries::slug, this.events.agreedAt(keys(series, ConferenceSeries::slug)));
	}

	@BatchMapping(typeName = "Conference", field = "statements")
	List<List<Statement>> statementsAtConference(List<Conference> conferences) {
		return listsInOrder(conferences, Conference::slug, this.events.statementsAt(slugs(conferences)));
	}

	@BatchMapping(typeName = "Person", field = "statements")
	List<List<Statement>> statementsOfPerson(List<Person> people) {
		return listsInOrder(people, Person::slug, this.events.statementsBy(keys(people, Person::slug)));
	}

	@BatchMapping(typeName = "ThemeDefinition", field = "statements")
	List<List<Statement>> statementsOnTheme(List<ThemeDefinition> themes) {
		return listsInOrder(themes, ThemeDefinition::code, this.events.statementsOn(keys(themes, ThemeDefinition::code)));
	}

	@BatchMapping(typeName = "Country", field = "hostedConferences")
	List<List<Conference>> conferencesHostedBy(List<Country> countries) {
		return listsInOrder(countries, Country::code, this.events.hostedBy(keys(countries, Country::code)));
	}

	@BatchMapping(typeName = "Observance", field = "themes")
	List<List<Observance.YearTheme>> observanceThemes(List<Observance> observances) {
		return listsInOrder(observances, Observance::slug, this.events.yearThemes(keys(observances, Observance::slug)));
	}

	@BatchMapping
	Map<Statement, Person> speaker(List<Statement> statements) {
		return byParent(statements, Statement::slug, this.events.speakers(keys(statements, Statement::slug)));
	}

	@BatchMapping(typeName = "Statement", field = "position")
	Map<Statement, Position> positionOfSpeaker(List<Statement> statements) {
		return byParent(statements, Statement::slug, this.events.capacities(keys(statements, Statement::slug)));
	}

	@BatchMapping(typeName = "Statement", field = "event")
	Map<Statement, Conference> eventOfStatement(List<Statement> statements) {
		return byParent(statements, Statement::slug, this.events.eventsOf(keys(statements, Statement::slug)));
	}

	@BatchMapping(typeName = "Statement", field = "themes")
	List<List<Theme>> statementThemes(List<Statement> statements) {
		return listsInOrder(statements, Statement::slug, this.themes.of("Statement", keys(statements, Statement::slug)));
	}

	@BatchMapping(typeName = "Topic", field = "themes")
	List<List<Theme>> topicThemes(List<Topic> topics) {
		return listsInOrder(topics, Topic::slug, this.themes.of("Topic", keys(topics, Topic::slug)));
	}

	@BatchMapping
	Map<Position, Conference> heldAt(List<Position> positions) {
		return byParent(positions, Position::slug, this.events.heldAt(keys(positions, Position::slug)));
	}

	private List<List<ActorLink>> involved(List<Conference> conferences, Involvement involvement) {
		return listsInOrder(conferences, Conference::slug, this.events.involved(slugs(conferences), involvement));
	}

	private static List<String> slugs(List<Conference> conferences) {
		return keys(conferences, Conference::slug);
	}

}
