package org.accordgraph.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.accordgraph.actor.OrganisationKind;
import org.accordgraph.commitment.CommitmentKind;
import org.accordgraph.commitment.CommitmentSortKeys;
import org.accordgraph.commitment.CommitmentStatus;
import org.accordgraph.dataset.Dataset.DateEntry;
import org.accordgraph.dataset.Dataset.Known;
import org.accordgraph.dataset.Dataset.Link;
import org.accordgraph.dataset.Dataset.StatusEntry;
import org.accordgraph.dataset.DatasetWrites.Mode;
import org.accordgraph.dataset.Problem.Rule;
import org.accordgraph.evidence.Basis;
import org.accordgraph.evidence.PartialDate;
import org.accordgraph.evidence.StatisticUnit;
import org.accordgraph.instrument.ActionPlanScope;
import org.accordgraph.instrument.LegalInstrumentKind;
import org.accordgraph.instrument.LegalStatus;
import org.accordgraph.theme.Theme;

/**
 * Checks a dataset and turns it into the nodes and relationships of the graph. Every problem is
 * collected, each naming file, record and field, and reported together: a dataset with one bad
 * record yields no plan at all.
 */
final class DatasetMapper {

	/** One file of a dataset. */
	record Document(String name, Dataset dataset) {
	}

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

	private static final Set<String> ISO_COUNTRIES = Set.of(java.util.Locale.getISOCountries());

	private static final int MAX_KEY_LENGTH = 100;

	/** The longest text a field of a fact may hold; a source's full text is not a field of a fact. */
	private static final int MAX_TEXT_LENGTH = 10_000;

	private static final Set<String> ACTORS = Set.of("Country", "Organisation", "Project", "Person");

	private static final Set<String> ORIGINS = Set.of("Conference", "Declaration", "ActionPlan", "LegalInstrument",
			"Statement");

	/** The labels of the GraphQL Node types: what an inference can be said to rest on. */
	private static final Set<String> NODES = Set.of("Country", "Organisation", "Project", "Person", "Position",
			"ConferenceSeries", "Conference", "Observance", "Statement", "Statistic", "Declaration", "ActionPlan",
			"LegalInstrument", "Commitment", "Source");

	private static final Set<String> FULFILMENTS = Set.of("Conference", "Declaration", "ActionPlan",
			"LegalInstrument");

	/**
	 * What each relationship stated as a fact of its own (with its own citations) may lead to, by
	 * the label it starts from and its type: the records' own fields and the {@code links} section
	 * both go by it.
	 */
	static final Map<String, Set<String>> LINKS = Map.ofEntries(
			Map.entry("Organisation PART_OF", Set.of("Organisation")),
			Map.entry("Organisation BASED_IN", Set.of("Country")),
			Map.entry("Project IMPLEMENTED_BY", Set.of("Organisation")),
			Map.entry("Project FUNDED_BY", Set.of("Organisation")),
			Map.entry("ConferenceSeries AGREED_AT", Set.of("Conference")),
			Map.entry("Statistic REPORTED_IN", Set.of("Source")),
			Map.entry("Declaration CALLED_FOR_AT", Set.of("Conference")),
			Map.entry("Declaration ESTABLISHED", Set.of("ConferenceSeries")),
			Map.entry("ActionPlan OF", Set.of("Country")),
			Map.entry("ActionPlan ADOPTED_BY", ACTORS),
			Map.entry("LegalInstrument IN_JURISDICTION_OF", Set.of("Country")),
			Map.entry("LegalInstrument DESIGNATES", Set.of("Observance")),
			Map.entry("LegalInstrument ESTABLISHED", Set.of("Organisation")),
			Map.entry("Conference EDITION_OF", Set.of("ConferenceSeries")),
			Map.entry("Conference HOSTED_BY", Set.of("Country")),
			Map.entry("Conference CO_ORGANISED_BY", ACTORS),
			Map.entry("Conference FUNDED_BY", ACTORS),
			Map.entry("Conference SUPPORTED_BY", ACTORS),
			Map.entry("Conference ATTENDED_BY", ACTORS),
			Map.entry("Conference MARKS", Set.of("Observance")),
			Map.entry("Conference DISCUSSED", Set.of("Topic")),
			Map.entry("Statement DISCUSSED", Set.of("Topic")),
			Map.entry("Statement REFERS_TO", Set.of("Source")),
			Map.entry("Commitment COMMITTED_BY", ACTORS),
			Map.entry("Commitment TO_BE_HOSTED_BY", Set.of("Country")),
			Map.entry("Commitment MADE_IN", ORIGINS),
			Map.entry("Commitment FULFILLED_BY", FULFILMENTS));

	private final List<Problem> problems = new ArrayList<>();

	/** Label of every node the dataset defines, by key. */
	private final Map<String, String> labels = new HashMap<>();

	/** Citations by key, with the exact passage for sources whose text we hold. */
	private final Map<String, ResolvedCitation> citations = new HashMap<>();

	private final GraphPlan plan = new GraphPlan();

	private final Map<String, SourceText> texts;

	private String where;

	private String section = "";

	private int index = -1;

	/** Where each citation is defined, for the passages no fact cites. */
	private final Map<String, String> definedAt = new LinkedHashMap<>();

	private final Set<String> cited = new HashSet<>();

	/** Passages found wrong: facts citing them are not reported again. */
	private final Set<String> refusedPassages = new HashSet<>();

	private record ResolvedCitation(String quote, boolean verbatim, DateMentions dates) {
	}

	private final GraphRecords graph;

	private final Mode mode;

	private DatasetMapper(Map<String, String> sourceTexts, GraphRecords graph, Mode mode) {
		this.texts = new HashMap<>();
		sourceTexts.forEach((slug, text) -> this.texts.put(slug, new SourceText(text)));
		this.graph = graph;
		this.mode = mode;
	}

	/**
	 * A dataset that defines everything it names.
	 * @param sourceTexts the text of each source that names a text file, by source slug
	 */
	static GraphPlan map(List<Document> documents, Map<String, String> sourceTexts) {
		return map(documents, sourceTexts, GraphRecords.NONE, Mode.MERGE);
	}

	/**
	 * A dataset that may name records already in the graph.
	 * @param sourceTexts the text of each source that names a text file, by source slug
	 */
	static GraphPlan map(List<Document> documents, Map<String, String> sourceTexts, GraphRecords graph, Mode mode) {
		DatasetMapper mapper = new DatasetMapper(sourceTexts, graph, mode);
		documents.forEach(mapper::register);
		documents.forEach(mapper::mapSources);
		documents.forEach(mapper::mapFacts);
		mapper.definedAt.forEach((key, where) -> {
			if (!mapper.cited.contains(key) && mode == Mode.MERGE) {
				mapper.where = where;
				mapper.section = "";
				mapper.index = -1;
				mapper.problem(Rule.INCONSISTENT, key.substring(key.indexOf('#') + 1), "is never cited: cite it from a fact or remove it");
			}
		});
		if (!mapper.problems.isEmpty()) {
			throw new DatasetException(mapper.problems);
		}
		return mapper.plan;
	}

	// --- pass 1: every key the dataset defines --------------------------------------------

	private void register(Document doc) {
		Dataset d = doc.dataset();
		each(doc, "sources", d.sources(), Dataset.SourceEntry::slug, s -> define(s.slug(), "Source"));
		each(doc, "themes", d.themes(), Dataset.ThemeEntry::code, t -> defineEnum(t.code(), "Theme", Theme.class));
		each(doc, "topics", d.topics(), Dataset.TopicEntry::slug, t -> define(t.slug(), "Topic"));
		each(doc, "countries", d.countries(), Dataset.CountryEntry::code, c -> {
			if (c.code() == null || !COUNTRY_CODE.matcher(c.code()).matches()) {
				problem(Rule.FORMAT, "code", "must be an ISO 3166-1 alpha-2 code in capitals, not '" + c.code() + "'");
			}
			else if (!ISO_COUNTRIES.contains(c.code()) && !userAssigned(c.code())) {
				problem(Rule.NOT_IN_LIST, "code", "'" + c.code() + "' is not an ISO 3166-1 alpha-2 country code");
			}
			else {
				define(c.code(), "Country");
			}
		});
		each(doc, "organisations", d.organisations(), Dataset.OrganisationEntry::slug, o -> define(o.slug(), "Organisation"));
		each(doc, "projects", d.projects(), Dataset.ProjectEntry::slug, p -> define(p.slug(), "Project"));
		each(doc, "people", d.people(), Dataset.PersonEntry::slug, p -> {
			define(p.slug(), "Person");
			p.positions().forEach(position -> define(position.slug(), "Position"));
		});
		each(doc, "supportTypes", d.supportTypes(), Dataset.SupportTypeEntry::slug, s -> define(s.slug(), "SupportType"));
		each(doc, "observances", d.observances(), Dataset.ObservanceEntry::slug, o -> define(o.slug(), "Observance"));
		each(doc, "conferenceSeries", d.conferenceSeries(), Dataset.SeriesEntry::slug, s -> define(s.slug(), "ConferenceSeries"));
		each(doc, "conferences", d.conferences(), Dataset.ConferenceEntry::slug, c -> define(c.slug(), "Conference"));
		each(doc, "statements", d.statements(), Dataset.StatementEntry::slug, s -> define(s.slug(), "Statement"));
		each(doc, "statistics", d.statistics(), Dataset.StatisticEntry::slug, s -> define(s.slug(), "Statistic"));
		each(doc, "declarations", d.declarations(), Dataset.DeclarationEntry::slug, x -> define(x.slug(), "Declaration"));
		each(doc, "actionPlans", d.actionPlans(), Dataset.ActionPlanEntry::slug, x -> define(x.slug(), "ActionPlan"));
		each(doc, "legalInstruments", d.legalInstruments(), Dataset.LegalInstrumentEntry::slug, x -> define(x.slug(), "LegalInstrument"));
		each(doc, "commitments", d.commitments(), Dataset.CommitmentEntry::slug, x -> define(x.slug(), "Commitment"));
		each(doc, "assessments", d.assessments(), Dataset.AssessmentEntry::subject, x -> {
			if (x.slug() != null) {
				define(x.slug(), "StatusAssessment");
			}
		});
	}

	/** The codes ISO 3166-1 leaves to its users, such as XK, which many use for Kosovo. */
	private static boolean userAssigned(String code) {
		return code.equals("AA") || code.equals("ZZ") || code.charAt(0) == 'X'
				|| (code.charAt(0) == 'Q' && code.charAt(1) >= 'M');
	}

	private void define(String key, String label) {
		if (key == null || key.isBlank()) {
			problem(Rule.REQUIRED, keyField(label), "is missing");
			return;
		}
		if (key.length() > MAX_KEY_LENGTH) {
			problem(Rule.FORMAT, keyField(label), "is longer than " + MAX_KEY_LENGTH + " characters");
		}
		else if (!label.equals("Country") && !label.equals("Theme") && !SLUG.matcher(key).matches()) {
			problem(Rule.FORMAT, "slug", "'" + key + "' is not a slug (lower-case letters and digits joined by hyphens)");
		}
		String previous = this.labels.putIfAbsent(key, label);
		if (previous != null) {
			problem(Rule.DUPLICATE, keyField(label), "'" + key + "' is already the key of another record (" + previous + ")");
		}
		else if (this.mode == Mode.CREATE && this.graph.labelOf(key, Set.of(label)) != null) {
			problem(Rule.DUPLICATE, keyField(label), "'" + key + "' is already the key of a " + label + " in the graph");
		}
	}

	private <E extends Enum<E>> void defineEnum(String code, String label, Class<E> type) {
		if (parse(code, type, "code") != null) {
			define(code, label);
		}
	}

	// --- pass 2: sources and their citations ----------------------------------------------

	private void mapSources(Document doc) {
		each(doc, "sources", doc.dataset().sources(), Dataset.SourceEntry::slug, s -> {
			SourceText text = this.texts.get(s.slug());
			if (s.text() != null && text == null) {
				problem(Rule.UNKNOWN_REFERENCE, "text", "file '" + s.text() + "' not found");
			}
			if ((s.url() == null) == (s.noUrl() == null)) {
				problem(Rule.REQUIRED, "url", "give the source's address, or else say in `noUrl` why none is known");
			}
			if (s.title() == null && s.publisher() == null) {
				problem(Rule.REQUIRED, "title", "a source needs a title or a publisher to be named by");
			}
			Map<String, Object> props = props("slug", s.slug(), "title", s.title(), "publisher", s.publisher(),
					"url", s.url(), "noUrl", s.noUrl(), "language", s.language(), "note", s.note());
			List<DateMentions> ownWords = s.citations()
				.values()
				.stream()
				.filter(entry -> entry != null && entry.quote() != null)
				.map(entry -> new DateMentions(entry.quote()))
				.toList();
			dateNamedBy(props, "publishedOn", s.publishedOn(), ownWords, "publishedOn");
			props.put("text", (text != null) ? text.text() : null);
			this.plan.node("Source", props);
			String citationsAt = this.where + ".citations";
			s.citations().forEach((name, entry) -> passage(s.slug(), name, (entry != null) ? entry.quote() : null,
					null, (entry != null) ? entry.note() : null, text, "citations." + name, citationsAt));
		});
		each(doc, "passages", doc.dataset().passages(), Dataset.PassageEntry::name, p -> {
			this.refusedPassages.add(p.source() + "#" + p.name());
			if (target(p.source(), "source", Set.of("Source")) == null) {
				return;
			}
			require(p.name(), "name");
			SourceText text = this.texts.get(p.source());
			if (text == null) {
				String held = this.graph.sourceText(p.source());
				text = (held != null) ? new SourceText(held) : null;
			}
			passage(p.source(), p.name(), p.quote(), p.verbatim(), p.note(), text, "quote", this.where);
		});
	}

	/**
	 * A citable passage of a source: verbatim, checked against the source's text and stored as it
	 * stands there, when that text is held, unless marked a summary.
	 */
	private void passage(String source, String name, String quote, Boolean verbatim, String note, SourceText text,
			String field, String definedAt) {
		String key = source + "#" + name;
		this.refusedPassages.add(key);
		if (quote == null || quote.isBlank()) {
			problem(Rule.REQUIRED, field, "has no quote");
			return;
		}
		boolean checked = (verbatim != null) ? verbatim : text != null;
		if (checked && text == null) {
			problem(Rule.EVIDENCE, field, "the text of " + source
					+ " is not held, so a verbatim quote cannot be checked: give the source's text, or mark the quote a summary");
			return;
		}
		Map<String, Object> citation = props("key", key, "verbatim", checked, "note", note);
		if (checked) {
			var found = text.find(quote);
			if (found.isEmpty()) {
				problem(Rule.NOT_IN_SOURCE, field, "does not occur in the text of " + source + ": \""
						+ abbreviate(quote) + "\"");
				return;
			}
			citation.put("quote", found.get().exactText());
			citation.put("offset", found.get().offset());
			citation.put("paragraph", found.get().paragraph());
		}
		else {
			citation.put("quote", quote.strip());
		}
		this.refusedPassages.remove(key);
		this.definedAt.put(key, definedAt);
		this.citations.put(key, new ResolvedCitation((String) citation.get("quote"), checked,
				new DateMentions((String) citation.get("quote"))));
		this.plan.node("Citation", citation);
		this.plan.relationship("Citation", key, "FROM_SOURCE", "Source", source, Map.of());
	}

	// --- pass 3: the facts -------------------------------------------------------------------

	private void mapFacts(Document doc) {
		Dataset d = doc.dataset();
		each(doc, "themes", d.themes(), Dataset.ThemeEntry::code, t -> cited("Theme",
				props("code", t.code(), "name", t.name(), "description", t.description()), t, null));
		each(doc, "topics", d.topics(), Dataset.TopicEntry::slug, t -> {
			this.plan.node("Topic", props("slug", t.slug(), "name", require(t.name(), "name")));
			for (String theme : t.themes()) {
				if (parse(theme, Theme.class, "themes") != null) {
					this.plan.relationship("Topic", t.slug(), "ON_THEME", "Theme", theme, Map.of());
				}
			}
		});
		each(doc, "countries", d.countries(), Dataset.CountryEntry::code, c -> {
			Map<String, Object> props = props("code", c.code(), "name", require(c.name(), "name"), "region",
					c.region());
			localNames(props, c.names());
			cited("Country", props, c, null);
		});
		each(doc, "organisations", d.organisations(), Dataset.OrganisationEntry::slug, o -> {
			Map<String, Object> props = props("slug", o.slug(), "name", require(o.name(), "name"), "acronym",
					o.acronym(), "kind", name(parse(o.kind(), OrganisationKind.class, "kind")), "alsoKnownAs",
					o.alsoKnownAs());
			localNames(props, o.names());
			date(props, "establishedOn", o.establishedOn(), o.cite(), "establishedOn");
			cited("Organisation", props, o, null);
			link("Organisation", o.slug(), "PART_OF", o.partOf(), "partOf");
			link("Organisation", o.slug(), "BASED_IN", o.basedIn(), "basedIn");
		});
		each(doc, "projects", d.projects(), Dataset.ProjectEntry::slug, p -> {
			cited("Project", props("slug", p.slug(), "name", require(p.name(), "name")), p, null);
			links("Project", p.slug(), "IMPLEMENTED_BY", p.implementedBy(), "implementedBy");
			links("Project", p.slug(), "FUNDED_BY", p.fundedBy(), "fundedBy");
		});
		each(doc, "people", d.people(), Dataset.PersonEntry::slug, p -> {
			cited("Person", props("slug", p.slug(), "name", require(p.name(), "name"), "alsoKnownAs",
					p.alsoKnownAs()), p, null);
			for (int i = 0; i < p.positions().size(); i++) {
				var position = p.positions().get(i);
				String field = "positions[" + i + "]";
				Map<String, Object> props = props("slug", position.slug(), "title",
						require(position.title(), field + ".title"), "contact", position.contact(), "note",
						position.note());
				date(props, "from", position.from(), position.cite(), field + ".from");
				date(props, "until", position.until(), position.cite(), field + ".until");
				date(props, "heldOn", position.heldOn(), position.cite(), field + ".heldOn");
				Map<String, Object> grounds = cited("Position", props, position, field);
				this.plan.relationship("Person", p.slug(), "HELD", "Position", position.slug(), grounds);
				ref("Position", position.slug(), "AT", position.organisation(), field + ".organisation",
						Set.of("Organisation"), grounds, false);
				ref("Position", position.slug(), "HELD_AT", position.heldAt(), field + ".heldAt",
						Set.of("Conference"), grounds, false);
			}
		});
		each(doc, "supportTypes", d.supportTypes(), Dataset.SupportTypeEntry::slug, s -> {
			themes("SupportType", s.slug(), s.themes(),
					cited("SupportType", props("slug", s.slug(), "name", require(s.name(), "name")), s, null));
		});
		each(doc, "observances", d.observances(), Dataset.ObservanceEntry::slug, o -> {
			cited("Observance", props("slug", o.slug(), "name", require(o.name(), "name"), "month", o.month(), "day",
					o.day()), o, null);
			for (int i = 0; i < o.themes().size(); i++) {
				var theme = o.themes().get(i);
				String field = "themes[" + i + "]";
				String slug = o.slug() + "-" + theme.year();
				define(slug, "ObservanceTheme");
				Map<String, Object> grounds = cited("ObservanceTheme", props("slug", slug, "year", require(theme.year(), field + ".year"), "theme",
						require(theme.theme(), field + ".theme")), theme, field);
				this.plan.relationship("Observance", o.slug(), "HAD_THEME", "ObservanceTheme", slug, grounds);
			}
		});
		each(doc, "conferenceSeries", d.conferenceSeries(), Dataset.SeriesEntry::slug, s -> {
			cited("ConferenceSeries", props("slug", s.slug(), "title", require(s.title(), "title"), "description",
					s.description()), s, null);
			link("ConferenceSeries", s.slug(), "AGREED_AT", s.agreedAt(), "agreedAt");
		});
		each(doc, "conferences", d.conferences(), Dataset.ConferenceEntry::slug, this::mapConference);
		each(doc, "statements", d.statements(), Dataset.StatementEntry::slug, this::mapStatement);
		each(doc, "statistics", d.statistics(), Dataset.StatisticEntry::slug, s -> {
			cited("Statistic", props("slug", s.slug(), "measure", require(s.measure(), "measure"), "value", s.value(),
					"unit", name(parse(s.unit(), StatisticUnit.class, "unit")), "year", s.year(), "area", s.area(),
					"qualifier", s.qualifier()), s, null);
			if (s.value() == null && s.qualifier() == null) {
				problem(Rule.REQUIRED, "value", "a statistic needs a value or a qualifier");
			}
			link("Statistic", s.slug(), "REPORTED_IN", s.reportedIn(), "reportedIn");
		});
		each(doc, "declarations", d.declarations(), Dataset.DeclarationEntry::slug, x -> {
			Map<String, Object> props = props("slug", x.slug(), "title", require(x.title(), "title"), "shortTitle",
					x.shortTitle(), "note", x.note());
			date(props, "adoptedOn", x.adoptedOn(), x.cite(), "adoptedOn");
			cited("Declaration", props, x, null);
			link("Declaration", x.slug(), "CALLED_FOR_AT", x.calledForAt(), "calledForAt");
			links("Declaration", x.slug(), "ESTABLISHED", x.establishes(), "establishes");
		});
		each(doc, "actionPlans", d.actionPlans(), Dataset.ActionPlanEntry::slug, x -> {
			cited("ActionPlan", props("slug", x.slug(), "title", require(x.title(), "title"), "scope",
					name(parse(x.scope(), ActionPlanScope.class, "scope")), "periodStart", x.periodStart(),
					"periodEnd", x.periodEnd(), "cycleYears", x.cycleYears(), "note", x.note()), x, null);
			link("ActionPlan", x.slug(), "OF", x.country(), "country");
			link("ActionPlan", x.slug(), "ADOPTED_BY", x.adoptedBy(), "adoptedBy");
		});
		each(doc, "legalInstruments", d.legalInstruments(), Dataset.LegalInstrumentEntry::slug, x -> {
			cited("LegalInstrument", props("slug", x.slug(), "title", require(x.title(), "title"), "alsoKnownAs",
					x.alsoKnownAs(), "kind", name(parse(x.kind(), LegalInstrumentKind.class, "kind")), "number",
					x.number(), "note", x.note()), x, null);
			link("LegalInstrument", x.slug(), "IN_JURISDICTION_OF", x.jurisdiction(), "jurisdiction");
			links("LegalInstrument", x.slug(), "DESIGNATES", x.designates(), "designates");
			links("LegalInstrument", x.slug(), "ESTABLISHED", x.establishes(), "establishes");
			statusHistory("LegalInstrument", x.slug(), x.statusHistory(), LegalStatus.class);
		});
		each(doc, "commitments", d.commitments(), Dataset.CommitmentEntry::slug, this::mapCommitment);
		each(doc, "assessments", d.assessments(), Dataset.AssessmentEntry::subject, this::mapAssessment);
		each(doc, "links", d.links(), Dataset.LinkEntry::from, this::mapLink);
	}

	private void mapLink(Dataset.LinkEntry entry) {
		Set<String> starts = new HashSet<>();
		LINKS.keySet().forEach(key -> {
			if (key.endsWith(" " + entry.type())) {
				starts.add(key.substring(0, key.indexOf(' ')));
			}
		});
		if (starts.isEmpty()) {
			problem(Rule.NOT_IN_LIST, "type", "'" + entry.type() + "' is not one of "
					+ LINKS.keySet().stream().map(key -> key.substring(key.indexOf(' ') + 1)).distinct().sorted().toList());
			return;
		}
		String from = target(entry.from(), "from", starts);
		if (from != null) {
			addLink(from, entry.from(), entry.type(), entry.asLink(), "to", LINKS.get(from + " " + entry.type()));
		}
	}

	private void mapConference(Dataset.ConferenceEntry c) {
		require(c.startDate(), "startDate");
		Map<String, Object> props = props("slug", c.slug(), "title", c.title(), "city", c.city(),
				"aim", c.aim(), "note", c.note(), "alsoKnownAs", c.alsoKnownAs(), "attendeeCategories",
				c.attendeeCategories());
		PartialDate start = date(props, "startDate", c.startDate(), c.cite(), "startDate");
		PartialDate end = date(props, "endDate", c.endDate(), c.cite(), "endDate");
		if (start != null && end != null && end.isBefore(start.earliest())) {
			problem(Rule.INCONSISTENT, "endDate", "is before startDate");
		}
		if (c.participantCount() != null) {
			Dataset.CountEntry count = c.participantCount();
			props.put("participantCount", require(count.value(), "participantCount.value"));
			props.put("participantCountApproximate", Boolean.TRUE.equals(count.approximate()) ? true : null);
			props.put("participantCountText", count.text());
			props.put("participantCountBasis", name(basis(count.basis(), count.reasoning(), "participantCount.")));
			props.put("participantCountReasoning", count.reasoning());
		}
		cited("Conference", props, c, null);
		link("Conference", c.slug(), "EDITION_OF", c.editionOf(), "editionOf");
		link("Conference", c.slug(), "HOSTED_BY", c.hostedBy(), "hostedBy");
		links("Conference", c.slug(), "CO_ORGANISED_BY", c.coOrganisers(), "coOrganisers");
		links("Conference", c.slug(), "FUNDED_BY", c.funders(), "funders");
		links("Conference", c.slug(), "SUPPORTED_BY", c.supporters(), "supporters");
		links("Conference", c.slug(), "ATTENDED_BY", c.participants(), "participants");
		link("Conference", c.slug(), "MARKS", c.marks(), "marks");
		links("Conference", c.slug(), "DISCUSSED", c.topics(), "topics");
	}

	private void mapStatement(Dataset.StatementEntry s) {
		String text = require(s.text(), "text");
		boolean direct = Boolean.TRUE.equals(s.direct());
		Map<String, Object> grounds = cited("Statement",
				props("slug", s.slug(), "text", text, "direct", direct, "note", s.note()), s, null);
		if (direct && text != null) {
			String words = SourceText.normalise(text);
			boolean quoted = s.cite().stream()
				.map(this.citations::get)
				.anyMatch(c -> c != null && (!c.verbatim() || SourceText.normalise(c.quote()).contains(words)));
			if (!quoted) {
				problem(Rule.NOT_IN_SOURCE, "text", "a direct statement must occur word for word in one of its verbatim citations");
			}
		}
		ref("Statement", s.slug(), "SPOKEN_BY", s.speaker(), "speaker", Set.of("Person"), grounds, true);
		ref("Statement", s.slug(), "IN_CAPACITY_OF", s.position(), "position", Set.of("Position"), grounds, false);
		ref("Statement", s.slug(), "AT", s.event(), "event", Set.of("Conference"), grounds, false);
		themes("Statement", s.slug(), s.themes(), grounds);
		links("Statement", s.slug(), "DISCUSSED", s.topics(), "topics");
		links("Statement", s.slug(), "REFERS_TO", s.refersTo(), "refersTo");
	}

	private void mapCommitment(Dataset.CommitmentEntry c) {
		Map<String, Object> props = props("slug", c.slug(), "text", require(c.text(), "text"), "kind",
				name(parse(c.kind(), CommitmentKind.class, "kind")), "year", c.year(), "note", c.note());
		PartialDate due = date(props, "dueDate", c.dueDate(), c.cite(), "dueDate");
		props.putAll(CommitmentSortKeys.of(c.text(), (due != null) ? due.earliest() : null, c.year()));
		Map<String, Object> grounds = cited("Commitment", props, c, null);
		if (c.parties().isEmpty()) {
			problem(Rule.REQUIRED, "parties", "a commitment needs at least one party");
		}
		links("Commitment", c.slug(), "COMMITTED_BY", c.parties(), "parties");
		link("Commitment", c.slug(), "TO_BE_HOSTED_BY", c.host(), "host");
		link("Commitment", c.slug(), "MADE_IN", c.madeIn(), "madeIn");
		links("Commitment", c.slug(), "FULFILLED_BY", c.fulfilledBy(), "fulfilledBy");
		ref("Commitment", c.slug(), "CONCERNS", c.series(), "series", Set.of("ConferenceSeries"), grounds, false);
		themes("Commitment", c.slug(), c.themes(), grounds);
		statusHistory("Commitment", c.slug(), c.statusHistory(), CommitmentStatus.class);
	}

	private <E extends Enum<E>> void statusHistory(String label, String owner, List<StatusEntry> history,
			Class<E> statuses) {
		for (int i = 0; i < history.size(); i++) {
			assess(label, history.get(i).of(owner), "statusHistory[" + i + "].", statuses);
		}
	}

	private void mapAssessment(Dataset.AssessmentEntry entry) {
		String label = target(entry.subject(), "subject", Set.of("Commitment", "LegalInstrument"));
		if (label == null) {
			return;
		}
		String slug = label.equals("Commitment") ? assess(label, entry, "", CommitmentStatus.class)
				: assess(label, entry, "", LegalStatus.class);
		if (slug == null) {
			return;
		}
		if (entry.corrects() != null) {
			String corrected = target(entry.corrects(), "corrects", Set.of("StatusAssessment"));
			if (corrected != null) {
				this.plan.relationship("StatusAssessment", slug, "CORRECTS", "StatusAssessment", entry.corrects(),
						Map.of());
				this.plan.replaced(label, entry.subject(), "HAS_STATUS", "HAD_STATUS", "StatusAssessment",
						entry.corrects());
			}
		}
		if (entry.fulfilledBy() != null) {
			if (!label.equals("Commitment") || !CommitmentStatus.FULFILLED.name().equals(entry.status())) {
				problem(Rule.INCONSISTENT, "fulfilledBy", "only a commitment assessed FULFILLED is fulfilled by something");
			}
			else {
				addLink("Commitment", entry.subject(), "FULFILLED_BY", entry.fulfilledBy(), "fulfilledBy", FULFILMENTS);
			}
		}
	}

	/**
	 * An assessment in the status history of the subject (a commitment or a law, by label).
	 * @param field the prefix of its fields in problems
	 * @return the assessment's slug, or null if it is wrong
	 */
	private <E extends Enum<E>> String assess(String label, Dataset.AssessmentEntry entry, String field,
			Class<E> statuses) {
		E status = parse(entry.status(), statuses, field + "status");
		require(entry.date(), field + "date");
		if (status == null || entry.date() == null) {
			return null;
		}
		Map<String, Object> props = props("status", status.name(), "note", entry.note(), "chapters",
				entry.chapters(), "articles", entry.articles(), "assessedBy",
				(entry.assessedBy() != null) ? entry.assessedBy() : "Accord Graph curators");
		PartialDate date = date(props, "date", entry.date(), entry.cite(), field + "date");
		if (date == null) {
			return null;
		}
		String slug = (entry.slug() != null) ? entry.slug()
				: entry.subject() + "-" + date.iso() + "-" + status.name().toLowerCase().replace('_', '-');
		props.put("slug", slug);
		if (entry.slug() == null) {
			define(slug, "StatusAssessment");
		}
		Map<String, Object> grounds = cited("StatusAssessment", props, entry, field.isEmpty() ? null : field.substring(0, field.length() - 1));
		this.plan.relationship(label, entry.subject(), "HAS_STATUS", "StatusAssessment", slug, Map.of());
		ref("StatusAssessment", slug, "BY", entry.by(), field + "by", ACTORS, grounds, false);
		return slug;
	}

	// --- building blocks ---------------------------------------------------------------------

	/**
	 * A node holding facts: its citations and how it is known.
	 * @return those grounds, for the relationships the node's facts state
	 */
	private Map<String, Object> cited(String label, Map<String, Object> props, Known fact, String field) {
		props.forEach((name, value) -> {
			if (value instanceof String text && text.length() > MAX_TEXT_LENGTH) {
				problem(Rule.FORMAT, ((field != null) ? field + "." : "") + name,
						"is longer than " + MAX_TEXT_LENGTH + " characters");
			}
		});
		Map<String, Object> grounds = grounds(fact, (field != null) ? field + "." : "");
		props.putAll(grounds);
		this.plan.node(label, props);
		return grounds;
	}

	/**
	 * The properties that say how a fact is known, checked: citations that exist, a basis, the
	 * reasoning of a fact that is not stated, and the Node-typed facts an inference rests on.
	 */
	private Map<String, Object> grounds(Known fact, String prefix) {
		boolean unsourced = Boolean.TRUE.equals(fact.unsourced());
		checkCitations(fact.cite(), unsourced, prefix + "cite");
		Basis basis = basis(fact.basis(), fact.reasoning(), prefix);
		List<String> restsOn = new ArrayList<>();
		for (String key : fact.restsOn()) {
			String label = labelOf(key, NODES);
			if (label == null) {
				problem(Rule.UNKNOWN_REFERENCE, prefix + "restsOn", "'" + key + "' is not the key of a fact the graph holds as a node");
			}
			else {
				restsOn.add(label + ":" + key);
			}
		}
		if (!fact.restsOn().isEmpty() && basis != Basis.INFERRED) {
			problem(Rule.EVIDENCE, prefix + "restsOn", "only an INFERRED fact rests on others");
		}
		return props("citations", fact.cite(), "basis", name(basis), "reasoning", fact.reasoning(), "restsOn",
				restsOn, "unsourced", unsourced ? true : null);
	}

	private Basis basis(String value, String reasoning, String prefix) {
		Basis basis = (value != null) ? parse(value, Basis.class, prefix + "basis") : Basis.STATED;
		boolean reasoned = reasoning != null && !reasoning.isBlank();
		if (basis != null && basis != Basis.STATED && !reasoned) {
			problem(Rule.EVIDENCE, prefix + "reasoning", "an " + basis + " fact needs the curator's reasoning");
		}
		if (basis == Basis.STATED && reasoned) {
			problem(Rule.EVIDENCE, prefix + "reasoning", "a STATED fact is said by its citations; reasoning is for INFERRED or ASSUMED ones");
		}
		return basis;
	}

	/**
	 * Adds the date named {@code name} to the properties (see {@link PartialDate} for how it is
	 * stored), checked against the citations of its fact: a stated date must be named by one of
	 * them to its precision, and hedged if they hedge it.
	 */
	private PartialDate date(Map<String, Object> props, String name, DateEntry entry, List<String> cite,
			String field) {
		if (cite.stream().anyMatch(key -> resolved(key) == null)) {
			return dateNamedBy(props, name, entry, null, field);
		}
		return dateNamedBy(props, name, entry, cite.stream().map(this::resolved).map(ResolvedCitation::dates).toList(),
				field);
	}

	/**
	 * @param mentions the dates the citations of the fact name; null when a citation is wrong, and
	 * whether they name the date cannot be told
	 */
	private PartialDate dateNamedBy(Map<String, Object> props, String name, DateEntry entry,
			List<DateMentions> mentions, String field) {
		if (entry == null) {
			return null;
		}
		PartialDate parsed;
		try {
			parsed = PartialDate.parse(require(entry.date(), field + ".date"));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problem(Rule.FORMAT, field, (entry.date() == null) ? "has no date" : ex.getMessage());
			return null;
		}
		Basis basis = basis(entry.basis(), entry.reasoning(), field + ".");
		boolean approximate = Boolean.TRUE.equals(entry.approximate());
		PartialDate date = parsed.withWords(approximate, entry.text(), basis, entry.reasoning());
		if (basis == Basis.STATED && mentions != null) {
			if (mentions.stream().noneMatch(m -> m.names(date))) {
				problem(Rule.EVIDENCE, field, "no citation of the fact names " + date.iso() + " (" + date.precision().name().toLowerCase()
						+ "): make it as exact as they are, or mark it INFERRED or ASSUMED with reasoning");
			}
			else if (!approximate && mentions.stream().anyMatch(m -> m.hedges(date))) {
				problem(Rule.EVIDENCE, field, "its citation hedges " + date.iso() + " (\"about\", \"around\", \"at least\"): set approximate");
			}
		}
		props.put(name, date.earliest());
		props.put(name + "Latest", date.latest());
		props.put(name + "Precision", date.precision().name());
		props.put(name + "Approximate", approximate ? true : null);
		props.put(name + "Text", date.text());
		props.put(name + "Basis", name(basis));
		props.put(name + "Reasoning", date.reasoning());
		return date;
	}

	private void link(String fromLabel, String fromKey, String type, Link link, String field) {
		if (link != null) {
			addLink(fromLabel, fromKey, type, link, field, LINKS.get(fromLabel + " " + type));
		}
	}

	private void links(String fromLabel, String fromKey, String type, List<Link> links, String field) {
		for (int i = 0; i < links.size(); i++) {
			addLink(fromLabel, fromKey, type, links.get(i), field + "[" + i + "]", LINKS.get(fromLabel + " " + type));
		}
	}

	private void addLink(String fromLabel, String fromKey, String type, Link link, String field, Set<String> targets) {
		Map<String, Object> props = grounds(link, field + ".");
		props.put("note", link.note());
		props.put("delegation", link.delegation());
		String label = target(link.to(), field, targets);
		if (label != null) {
			this.plan.relationship(fromLabel, fromKey, type, label, link.to(), props);
		}
	}

	/** A relationship stated by the facts of its node: it carries the node's grounds. */
	private void ref(String fromLabel, String fromKey, String type, String key, String field, Set<String> targets,
			Map<String, Object> grounds, boolean required) {
		if (key == null) {
			if (required) {
				problem(Rule.REQUIRED, field, "is missing");
			}
			return;
		}
		String label = target(key, field, targets);
		if (label != null) {
			this.plan.relationship(fromLabel, fromKey, type, label, key, grounds);
		}
	}

	private void themes(String label, String key, List<String> themes, Map<String, Object> grounds) {
		for (String theme : themes) {
			if (parse(theme, Theme.class, "themes") != null) {
				this.plan.relationship(label, key, "ON_THEME", "Theme", theme, grounds);
			}
		}
	}

	private String target(String key, String field, Set<String> targets) {
		if (key == null) {
			problem(Rule.REQUIRED, field, "names no target");
			return null;
		}
		String label = labelOf(key, targets);
		if (label == null) {
			problem(Rule.UNKNOWN_REFERENCE, field, "'" + key + "' is not a known " + String.join(" or ", targets.stream().sorted().toList()));
			return null;
		}
		return label;
	}

	/** The label of the record, defined here or else in the graph, if it is one of {@code labels}. */
	private String labelOf(String key, Set<String> labels) {
		String label = this.labels.get(key);
		if (label != null) {
			return labels.contains(label) ? label : null;
		}
		return this.graph.labelOf(key, labels);
	}

	/** The passage of that key, defined here or else in the graph; null if there is none. */
	private ResolvedCitation resolved(String key) {
		ResolvedCitation citation = this.citations.get(key);
		if (citation == null && !this.refusedPassages.contains(key)) {
			GraphRecords.Passage passage = this.graph.passage(key);
			if (passage != null) {
				citation = new ResolvedCitation(passage.quote(), passage.verbatim(), new DateMentions(passage.quote()));
				this.citations.put(key, citation);
			}
		}
		return citation;
	}

	private void checkCitations(List<String> cite, boolean unsourced, String field) {
		if (cite.isEmpty() && !unsourced) {
			problem(Rule.EVIDENCE, field, "a fact needs at least one citation, or else to be marked unsourced");
		}
		if (!cite.isEmpty() && unsourced) {
			problem(Rule.INCONSISTENT, field, "a fact with citations is not unsourced");
		}
		for (String key : cite) {
			if (resolved(key) == null && !this.refusedPassages.contains(key)) {
				problem(Rule.UNKNOWN_REFERENCE, field, "'" + key + "' is not a citation of any source (expected \"<source>#<citation>\")");
			}
			this.cited.add(key);
		}
	}

	private static void localNames(Map<String, Object> props, Map<String, String> names) {
		names.forEach((language, name) -> props.put("name_" + language, name));
	}

	private <E extends Enum<E>> E parse(String value, Class<E> type, String field) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problem(Rule.NOT_IN_LIST, field, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
			return null;
		}
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private <T> T require(T value, String field) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			problem(Rule.REQUIRED, field, "is missing");
		}
		return value;
	}

	private static Map<String, Object> props(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	/** Runs the action on each entry, with problems reported as "file section[i] (key).field". */
	private <T> void each(Document doc, String section, List<T> entries, Function<T, String> key,
			Consumer<T> action) {
		for (int i = 0; i < entries.size(); i++) {
			T entry = entries.get(i);
			String name = (entry != null) ? key.apply(entry) : null;
			this.where = doc.name() + " " + section + "[" + i + "]" + ((name != null) ? " (" + name + ")" : "");
			this.section = section;
			this.index = i;
			if (entry == null) {
				problem(Rule.REQUIRED, "", "is empty");
				continue;
			}
			action.accept(entry);
		}
	}

	private static String keyField(String label) {
		return GraphPlan.keyProperty(label);
	}

	private void problem(Rule rule, String field, String message) {
		this.problems.add(new Problem(this.where, this.section, this.index, field, rule, message));
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

}
