package org.accordgraph.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The dataset format: what a YAML file under {@code data/} holds, section by section. Import,
 * export and the bundled data share it. Every section is optional; a dataset is the union of its
 * files. Entries cite passages as {@code "<source slug>#<citation key>"}.
 */
public record Dataset(List<SourceEntry> sources, List<ThemeEntry> themes, List<TopicEntry> topics,
		List<CountryEntry> countries, List<OrganisationEntry> organisations, List<ProjectEntry> projects,
		List<PersonEntry> people, List<SupportTypeEntry> supportTypes, List<ObservanceEntry> observances,
		List<SeriesEntry> conferenceSeries, List<ConferenceEntry> conferences, List<StatementEntry> statements,
		List<StatisticEntry> statistics, List<DeclarationEntry> declarations, List<ActionPlanEntry> actionPlans,
		List<LegalInstrumentEntry> legalInstruments, List<CommitmentEntry> commitments) {

	public Dataset {
		sources = orEmpty(sources);
		themes = orEmpty(themes);
		topics = orEmpty(topics);
		countries = orEmpty(countries);
		organisations = orEmpty(organisations);
		projects = orEmpty(projects);
		people = orEmpty(people);
		supportTypes = orEmpty(supportTypes);
		observances = orEmpty(observances);
		conferenceSeries = orEmpty(conferenceSeries);
		conferences = orEmpty(conferences);
		statements = orEmpty(statements);
		statistics = orEmpty(statistics);
		declarations = orEmpty(declarations);
		actionPlans = orEmpty(actionPlans);
		legalInstruments = orEmpty(legalInstruments);
		commitments = orEmpty(commitments);
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/**
	 * A relationship stated as a fact: its target (named by the key that says what it is:
	 * {@code country}, {@code organisation}, {@code actor} ...), its citations, and an optional
	 * curator's note.
	 */
	public record Link(@JsonAlias({ "country", "organisation", "actor", "conference", "series", "observance",
			"topic", "instrument", "statement" }) String to, List<String> cite, String note, String delegation) {
		public Link {
			cite = orEmpty(cite);
		}
	}

	/** A document; {@code text} names the file of its text under {@code data/} when we hold it. */
	public record SourceEntry(String slug, String title, String publisher, String url, LocalDate publishedOn,
			String language, String text, String note, Map<String, CitationEntry> citations) {
		public SourceEntry {
			citations = (citations != null) ? citations : Map.of();
		}
	}

	/** A passage of a source: its words (or a summary of them) and an optional curator's note. */
	public record CitationEntry(String quote, String note) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public CitationEntry {
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static CitationEntry of(String quote) {
			return new CitationEntry(quote, null);
		}
	}

	public record ThemeEntry(String code, String name, String description, List<String> cite) {
		public ThemeEntry {
			cite = orEmpty(cite);
		}
	}

	public record TopicEntry(String slug, String name, List<String> themes) {
		public TopicEntry {
			themes = orEmpty(themes);
		}
	}

	public record CountryEntry(String code, String name, Map<String, String> names, String region,
			List<String> cite) {
		public CountryEntry {
			names = (names != null) ? names : Map.of();
			cite = orEmpty(cite);
		}
	}

	public record OrganisationEntry(String slug, String name, String acronym, String kind,
			Map<String, String> names, List<String> alsoKnownAs, LocalDate establishedOn, Link partOf,
			Link basedIn, List<String> cite) {
		public OrganisationEntry {
			names = (names != null) ? names : Map.of();
			alsoKnownAs = orEmpty(alsoKnownAs);
			cite = orEmpty(cite);
		}
	}

	public record ProjectEntry(String slug, String name, List<Link> implementedBy, List<Link> fundedBy,
			List<String> cite) {
		public ProjectEntry {
			implementedBy = orEmpty(implementedBy);
			fundedBy = orEmpty(fundedBy);
			cite = orEmpty(cite);
		}
	}

	public record PersonEntry(String slug, String name, List<String> alsoKnownAs, List<PositionEntry> positions,
			List<String> cite) {
		public PersonEntry {
			alsoKnownAs = orEmpty(alsoKnownAs);
			positions = orEmpty(positions);
			cite = orEmpty(cite);
		}
	}

	/** A post held: dated by {@code from}/{@code until}, a day it was held on, or an event held at. */
	public record PositionEntry(String slug, String title, String organisation, LocalDate from, LocalDate until,
			LocalDate heldOn, String heldAt, String contact, String note, List<String> cite) {
		public PositionEntry {
			cite = orEmpty(cite);
		}
	}

	public record SupportTypeEntry(String slug, String name, List<String> themes, List<String> cite) {
		public SupportTypeEntry {
			themes = orEmpty(themes);
			cite = orEmpty(cite);
		}
	}

	public record ObservanceEntry(String slug, String name, Integer month, Integer day,
			List<ObservanceThemeEntry> themes, List<String> cite) {
		public ObservanceEntry {
			themes = orEmpty(themes);
			cite = orEmpty(cite);
		}
	}

	public record ObservanceThemeEntry(Integer year, String theme, List<String> cite) {
		public ObservanceThemeEntry {
			cite = orEmpty(cite);
		}
	}

	public record SeriesEntry(String slug, String title, String description, List<String> cite) {
		public SeriesEntry {
			cite = orEmpty(cite);
		}
	}

	public record ConferenceEntry(String slug, String title, Link editionOf, LocalDate startDate,
			LocalDate endDate, String city, String aim, String note, Integer participantCount, Link hostedBy,
			List<Link> coOrganisers, List<Link> funders, List<Link> supporters, List<Link> participants,
			Link marks, List<Link> topics, List<String> cite) {
		public ConferenceEntry {
			coOrganisers = orEmpty(coOrganisers);
			funders = orEmpty(funders);
			supporters = orEmpty(supporters);
			participants = orEmpty(participants);
			topics = orEmpty(topics);
			cite = orEmpty(cite);
		}
	}

	public record StatementEntry(String slug, String speaker, String position, String event, Boolean direct,
			String text, String note, List<String> themes, List<String> cite) {
		public StatementEntry {
			themes = orEmpty(themes);
			cite = orEmpty(cite);
		}
	}

	public record StatisticEntry(String slug, String measure, Double value, String unit, Integer year, String area,
			String qualifier, String reportedIn, List<String> cite) {
		public StatisticEntry {
			cite = orEmpty(cite);
		}
	}

	public record DeclarationEntry(String slug, String title, String shortTitle, LocalDate adoptedOn, String note,
			Link adoptedAt, List<Link> establishes, List<String> cite) {
		public DeclarationEntry {
			establishes = orEmpty(establishes);
			cite = orEmpty(cite);
		}
	}

	public record ActionPlanEntry(String slug, String title, String scope, Integer periodStart, Integer periodEnd,
			Link country, Link adoptedBy, String note, List<String> cite) {
		public ActionPlanEntry {
			cite = orEmpty(cite);
		}
	}

	public record LegalInstrumentEntry(String slug, String title, List<String> alsoKnownAs, String kind,
			String number, Link jurisdiction, String note, List<StatusEntry> statusHistory, List<Link> designates,
			List<Link> establishes, List<String> cite) {
		public LegalInstrumentEntry {
			alsoKnownAs = orEmpty(alsoKnownAs);
			statusHistory = orEmpty(statusHistory);
			designates = orEmpty(designates);
			establishes = orEmpty(establishes);
			cite = orEmpty(cite);
		}
	}

	/** One assessment of a status: what was true from {@code date} on, who acted, where it is written. */
	public record StatusEntry(String status, LocalDate date, String by, String note, List<String> cite) {
		public StatusEntry {
			cite = orEmpty(cite);
		}
	}

	public record CommitmentEntry(String slug, String text, String kind, String series, Integer year,
			LocalDate dueDate, List<Link> parties, Link madeIn, List<String> themes, List<Link> fulfilledBy,
			List<StatusEntry> statusHistory, String note, List<String> cite) {
		public CommitmentEntry {
			parties = orEmpty(parties);
			themes = orEmpty(themes);
			fulfilledBy = orEmpty(fulfilledBy);
			statusHistory = orEmpty(statusHistory);
			cite = orEmpty(cite);
		}
	}

}
