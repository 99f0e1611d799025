package org.accordgraph.dataset;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The dataset format: what a YAML file under {@code data/} holds, section by section. Import,
 * export and the bundled data share it. Every section is optional; a dataset is the union of its
 * files. Entries cite passages as {@code "<source slug>#<citation key>"}.
 */
public record Dataset(List<SourceEntry> sources, List<PassageEntry> passages, List<ThemeEntry> themes, List<TopicEntry> topics,
		List<CountryEntry> countries, List<OrganisationEntry> organisations, List<ProjectEntry> projects,
		List<PersonEntry> people, List<SupportTypeEntry> supportTypes, List<ObservanceEntry> observances,
		List<SeriesEntry> conferenceSeries, List<ConferenceEntry> conferences, List<StatementEntry> statements,
		List<StatisticEntry> statistics, List<DeclarationEntry> declarations, List<ActionPlanEntry> actionPlans,
		List<LegalInstrumentEntry> legalInstruments, List<CommitmentEntry> commitments,
		List<AssessmentEntry> assessments, List<LinkEntry> links) {

	public Dataset {
		sources = orEmpty(sources);
		passages = orEmpty(passages);
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
		assessments = orEmpty(assessments);
		links = orEmpty(links);
	}

	/**
	 * How a fact is known: {@code basis} STATED (the default: its citations say it), INFERRED or
	 * ASSUMED, the latter two with the curator's {@code reasoning} and, for an inference, the keys
	 * of the facts of the graph it {@code restsOn}.
	 */
	public interface Known {

		List<String> cite();

		String basis();

		String reasoning();

		List<String> restsOn();

		/**
		 * Whether the fact is knowingly recorded without a citation; such a fact is marked
		 * unsourced, and curators can list it.
		 */
		default Boolean unsourced() {
			return null;
		}

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
			"topic", "instrument", "statement", "source" }) String to, List<String> cite, String note, String delegation,
			String basis, String reasoning, List<String> restsOn, Boolean unsourced) implements Known {
		public Link {
			cite = orEmpty(cite);
			restsOn = orEmpty(restsOn);
		}
	}

	/**
	 * A date as exact as its source: {@code 2024-07-05}, {@code 2022-11} or {@code 2013}, or, where
	 * the source hedges it or a curator inferred or assumed it, {@code {date, approximate, text,
	 * basis, reasoning}}.
	 */
	public record DateEntry(String date, Boolean approximate, String text, String basis, String reasoning) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public DateEntry {
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static DateEntry of(String date) {
			return new DateEntry(date, null, null, null, null);
		}
	}

	/** A number as exact as its source: {@code 60}, or {@code {value, approximate, text}} ("about 60"). */
	public record CountEntry(Integer value, Boolean approximate, String text, String basis, String reasoning) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public CountEntry {
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static CountEntry of(int value) {
			return new CountEntry(value, null, null, null, null);
		}
	}

	/** A document; {@code text} names the file of its text under {@code data/} when we hold it. */
	public record SourceEntry(String slug, String title, String publisher, String url, DateEntry publishedOn,
			String language, String text, String note, String noUrl, Map<String, CitationEntry> citations) {
		public SourceEntry {
			citations = (citations != null) ? citations : Map.of();
		}
	}

	/**
	 * A passage of a source defined elsewhere (in another file, or already in the graph), cited
	 * as {@code "<source>#<name>"}: verbatim (checked against the source's text, which must then
	 * be held) unless {@code verbatim: false} marks it a summary.
	 */
	public record PassageEntry(String source, String name, String quote, Boolean verbatim, String note) {
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

	public record ThemeEntry(String code, String name, String description, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public ThemeEntry {
			restsOn = orEmpty(restsOn);
			cite = orEmpty(cite);
		}
	}

	public record TopicEntry(String slug, String name, List<String> themes) {
		public TopicEntry {
			themes = orEmpty(themes);
		}
	}

	public record CountryEntry(String code, String name, Map<String, String> names, String region,
			List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public CountryEntry {
			restsOn = orEmpty(restsOn);
			names = (names != null) ? names : Map.of();
			cite = orEmpty(cite);
		}
	}

	public record OrganisationEntry(String slug, String name, String acronym, String kind,
			Map<String, String> names, List<String> alsoKnownAs, DateEntry establishedOn, Link partOf,
			Link basedIn, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public OrganisationEntry {
			restsOn = orEmpty(restsOn);
			names = (names != null) ? names : Map.of();
			alsoKnownAs = orEmpty(alsoKnownAs);
			cite = orEmpty(cite);
		}
	}

	public record ProjectEntry(String slug, String name, List<Link> implementedBy, List<Link> fundedBy,
			List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public ProjectEntry {
			restsOn = orEmpty(restsOn);
			implementedBy = orEmpty(implementedBy);
			fundedBy = orEmpty(fundedBy);
			cite = orEmpty(cite);
		}
	}

	public record PersonEntry(String slug, String name, List<String> alsoKnownAs, List<PositionEntry> positions,
			List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public PersonEntry {
			restsOn = orEmpty(restsOn);
			alsoKnownAs = orEmpty(alsoKnownAs);
			positions = orEmpty(positions);
			cite = orEmpty(cite);
		}
	}

	/** A post held: dated by {@code from}/{@code until}, a day it was held on, or an event held at. */
	public record PositionEntry(String slug, String title, String organisation, DateEntry from, DateEntry until,
			DateEntry heldOn, String heldAt, String contact, String note, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public PositionEntry {
			restsOn = orEmpty(restsOn);
			cite = orEmpty(cite);
		}
	}

	public record SupportTypeEntry(String slug, String name, List<String> themes, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public SupportTypeEntry {
			restsOn = orEmpty(restsOn);
			themes = orEmpty(themes);
			cite = orEmpty(cite);
		}
	}

	public record ObservanceEntry(String slug, String name, Integer month, Integer day,
			List<ObservanceThemeEntry> themes, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public ObservanceEntry {
			restsOn = orEmpty(restsOn);
			themes = orEmpty(themes);
			cite = orEmpty(cite);
		}
	}

	public record ObservanceThemeEntry(Integer year, String theme, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public ObservanceThemeEntry {
			restsOn = orEmpty(restsOn);
			cite = orEmpty(cite);
		}
	}

	public record SeriesEntry(String slug, String title, String description, Link agreedAt, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public SeriesEntry {
			restsOn = orEmpty(restsOn);
			cite = orEmpty(cite);
		}
	}

	public record ConferenceEntry(String slug, String title, Link editionOf, DateEntry startDate,
			DateEntry endDate, String city, String aim, String note, CountEntry participantCount, List<String> alsoKnownAs,
			List<String> attendeeCategories, Link hostedBy,
			List<Link> coOrganisers, List<Link> funders, List<Link> supporters, List<Link> participants,
			Link marks, List<Link> topics, List<String> cite, String basis, String reasoning,
			List<String> restsOn, Boolean unsourced) implements Known {
		public ConferenceEntry {
			restsOn = orEmpty(restsOn);
			alsoKnownAs = orEmpty(alsoKnownAs);
			attendeeCategories = orEmpty(attendeeCategories);
			coOrganisers = orEmpty(coOrganisers);
			funders = orEmpty(funders);
			supporters = orEmpty(supporters);
			participants = orEmpty(participants);
			topics = orEmpty(topics);
			cite = orEmpty(cite);
		}
	}

	public record StatementEntry(String slug, String speaker, String position, String event, Boolean direct,
			String text, String note, List<String> themes, List<Link> topics, List<Link> refersTo,
			List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public StatementEntry {
			restsOn = orEmpty(restsOn);
			themes = orEmpty(themes);
			topics = orEmpty(topics);
			refersTo = orEmpty(refersTo);
			cite = orEmpty(cite);
		}
	}

	public record StatisticEntry(String slug, String measure, Double value, String unit, Integer year, String area,
			String qualifier, Link reportedIn, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public StatisticEntry {
			restsOn = orEmpty(restsOn);
			cite = orEmpty(cite);
		}
	}

	public record DeclarationEntry(String slug, String title, String shortTitle, DateEntry adoptedOn, String note,
			Link calledForAt, List<Link> establishes, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public DeclarationEntry {
			restsOn = orEmpty(restsOn);
			establishes = orEmpty(establishes);
			cite = orEmpty(cite);
		}
	}

	public record ActionPlanEntry(String slug, String title, String scope, Integer periodStart, Integer periodEnd,
			Integer cycleYears, Link country, Link adoptedBy, String note, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public ActionPlanEntry {
			restsOn = orEmpty(restsOn);
			cite = orEmpty(cite);
		}
	}

	public record LegalInstrumentEntry(String slug, String title, List<String> alsoKnownAs, String kind,
			String number, Link jurisdiction, String note, List<StatusEntry> statusHistory, List<Link> designates,
			List<Link> establishes, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public LegalInstrumentEntry {
			restsOn = orEmpty(restsOn);
			alsoKnownAs = orEmpty(alsoKnownAs);
			statusHistory = orEmpty(statusHistory);
			designates = orEmpty(designates);
			establishes = orEmpty(establishes);
			cite = orEmpty(cite);
		}
	}

	/** One assessment of a status: what was true from {@code date} on, who acted, where it is written. */
	public record StatusEntry(String status, DateEntry date, String by, String note, Integer chapters, Integer articles, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public StatusEntry {
			restsOn = orEmpty(restsOn);
			cite = orEmpty(cite);
		}

		AssessmentEntry of(String subject) {
			return new AssessmentEntry(subject, null, this.status, this.date, this.by, null, null, this.note,
					this.chapters, this.articles, null, this.cite, this.basis, this.reasoning, this.restsOn, null);
		}
	}

	public record CommitmentEntry(String slug, String text, String kind, String series, Integer year,
			DateEntry dueDate, Link host, List<Link> parties, Link madeIn, List<String> themes, List<Link> fulfilledBy,
			List<StatusEntry> statusHistory, String note, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public CommitmentEntry {
			restsOn = orEmpty(restsOn);
			parties = orEmpty(parties);
			themes = orEmpty(themes);
			fulfilledBy = orEmpty(fulfilledBy);
			statusHistory = orEmpty(statusHistory);
			cite = orEmpty(cite);
		}
	}

	/**
	 * An assessment added to the status history of a commitment or a law defined elsewhere:
	 * {@code subject} is its slug. It may say which earlier assessment of the same subject it
	 * {@code corrects} (that one then leaves the history, and stays in the graph), and, for a
	 * commitment FULFILLED, what {@code fulfilledBy}. {@code assessedBy} names the curator.
	 */
	public record AssessmentEntry(String subject, String slug, String status, DateEntry date, String by,
			String corrects, Link fulfilledBy, String note, Integer chapters, Integer articles, String assessedBy,
			List<String> cite, String basis,
			String reasoning, List<String> restsOn, Boolean unsourced) implements Known {
		public AssessmentEntry {
			restsOn = orEmpty(restsOn);
			cite = orEmpty(cite);
		}
	}

	/**
	 * A relationship stated as a fact between records defined elsewhere: {@code from} and
	 * {@code to} are keys, {@code type} one the record's own fields state (such as
	 * {@code CO_ORGANISED_BY} from a conference, {@code COMMITTED_BY} from a commitment).
	 */
	public record LinkEntry(String from, String type, String to, List<String> cite, String note, String delegation,
			String basis, String reasoning, List<String> restsOn, Boolean unsourced) implements Known {
		public LinkEntry {
			cite = orEmpty(cite);
			restsOn = orEmpty(restsOn);
		}

		Link asLink() {
			return new Link(this.to, this.cite, this.note, this.delegation, this.basis, this.reasoning, this.restsOn,
					this.unsourced);
		}
	}

}
