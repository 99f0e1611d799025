package org.accordgraph.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.accordgraph.briefing.Briefing.Entry;
import org.accordgraph.briefing.Briefing.Line;
import org.accordgraph.briefing.Briefing.Section;
import org.accordgraph.graphql.ApiQueries;
import org.accordgraph.graphql.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import static org.accordgraph.graphql.ApiAnswers.list;
import static org.accordgraph.graphql.ApiAnswers.map;
import static org.accordgraph.graphql.ApiAnswers.nodes;

/**
 * Builds briefings from the public API's answers ({@code graphql-documents/briefing.graphql}):
 * what the API says of a country, an instrument, a series or a commitment, on a day, from all facts
 * or from stated facts alone, as lines footnoted to their sources.
 */
@Service
public class Briefings {

	private static final String DOCUMENT = "briefing";

	/** Commitments read at a time: a page of the API's within its limit on a request's cost. */
	private static final int PAGE = 25;

	private final ApiQueries api;

	private final int maxCommitments;

	Briefings(ApiQueries api, @Value("${accord.briefings.max-commitments:100}") int maxCommitments) {
		if (maxCommitments < 1) {
			throw new IllegalArgumentException("accord.briefings.max-commitments must be at least 1, not " + maxCommitments);
		}
		this.api = api;
		this.maxCommitments = maxCommitments;
	}

	Briefing briefing(BriefingKind kind, String key, LocalDate asOf, boolean statedOnly, String language) {
		Words words = Words.of(language);
		BriefingLines lines = new BriefingLines(words, statedOnly);
		String day = words.day((asOf != null) ? asOf : LocalDate.now());
		Reading reading = new Reading(key, asOf, statedOnly, lines, words, new ArrayList<>(),
				new BriefingEntries(lines, words, day));
		return switch (kind) {
			case COUNTRY -> country(reading);
			case INSTRUMENT -> instrument(reading);
			case SERIES -> series(reading);
			case COMMITMENT -> commitment(reading);
		};
	}

	/** What one briefing is being built from: its key and day, and its lines so far. */
	private record Reading(String key, LocalDate asOf, boolean statedOnly, BriefingLines lines, Words words,
			List<String> notes, BriefingEntries entries) {

		Map<String, Object> variables() {
			Map<String, Object> variables = new HashMap<>();
			variables.put("key", this.key);
			variables.put("asOf", (this.asOf != null) ? this.asOf.toString() : null);
			variables.put("basis", statedOnly() ? List.of("STATED") : null);
			return variables;
		}

		String day() {
			return this.words.day((this.asOf != null) ? this.asOf : LocalDate.now());
		}

	}

	private Briefing country(Reading reading) {
		Map<String, Object> country = map(this.api.query(DOCUMENT, "Country", Map.of("key", reading.key())), "country");
		if (country == null) {
			throw new NotFoundException("key", "no country has the code '" + reading.key() + "'");
		}
		Map<String, Object> data = this.api.query(DOCUMENT, "CountryFacts", reading.variables());
		List<Map<String, Object>> commitments = commitments(reading, filter(reading, "party"), "party");
		Set<Object> seen = commitments.stream().map(c -> c.get("slug")).collect(Collectors.toSet());
		commitments(reading, filter(reading, "host"), "host").stream()
			.filter(c -> !seen.contains(c.get("slug")))
			.forEach(commitments::add);
		commitments.sort(Comparator.comparing(Briefings::dueOrder).thenComparing(c -> (String) c.get("slug")));
		List<Map<String, Object>> conferences = nodes(map(data, "conferences"));
		List<Section> sections = new ArrayList<>();
		sections.add(new Section(reading.words().say("section.commitments"),
				commitments.stream().map(c -> reading.entries().commitment(c)).filter(Objects::nonNull).toList()));
		List<Entry> instruments = new ArrayList<>();
		nodes(map(data, "actionPlans")).forEach(plan -> instruments.add(reading.entries().plan(plan)));
		nodes(map(data, "legalInstruments")).forEach(law -> instruments.add(reading.entries().law(law)));
		sections.add(new Section(reading.words().say("section.instruments"),
				instruments.stream().filter(Objects::nonNull).toList()));
		sections.add(new Section(reading.words().say("section.hosted"), conferences.stream()
			.map(c -> reading.entries().conference(c, map(c, "hostedBy")))
			.filter(Objects::nonNull)
			.toList()));
		sections.add(reading.entries().statements(conferences));
		String name = list(country, "names").stream()
			.filter(local -> reading.words().language().equals(local.get("language")))
			.map(local -> (String) local.get("name"))
			.findFirst()
			.orElse((String) country.get("name"));
		return briefing(BriefingKind.COUNTRY, reading, reading.words().say("title.country", name),
				reading.entries().summary(commitments), sections);
	}

	private Briefing instrument(Reading reading) {
		Map<String, Object> data = this.api.query(DOCUMENT, "Instrument", reading.variables());
		BriefingLines lines = reading.lines();
		Words words = reading.words();
		List<Line> about = new ArrayList<>();
		Line head;
		Map<String, Object> declaration = map(data, "declaration");
		Map<String, Object> plan = map(data, "actionPlan");
		Map<String, Object> law = map(data, "legalInstrument");
		if (declaration != null) {
			head = lines.line((String) declaration.get("title"), declaration);
			about.add(reading.entries().dateLine("adopted", map(declaration, "adoptedOn"), declaration));
			Map<String, Object> calledForAt = map(declaration, "calledForAt");
			if (calledForAt != null) {
				about.add(lines.line(words.say("calledForAt", reading.entries().conferenceName(map(calledForAt, "conference"))),
						calledForAt));
			}
			about.add(lines.line("establishes", list(declaration, "establishes"), link -> (String) map(link, "series").get("title")));
		}
		else if (plan != null) {
			Entry entry = reading.entries().plan(plan);
			head = (entry != null) ? entry.head() : null;
			about.addAll((entry != null) ? entry.details() : List.of());
			about.add(reading.entries().linkLine("countryOf", map(plan, "country"), "country"));
			about.add(reading.entries().linkLine("adoptedBy", map(plan, "adoptedBy"), "actor"));
		}
		else if (law != null) {
			Entry entry = reading.entries().law(law);
			head = (entry != null) ? entry.head() : null;
			about.addAll((entry != null) ? entry.details() : List.of());
			about.add(reading.entries().linkLine("jurisdiction", map(law, "jurisdiction"), "country"));
		}
		else {
			throw new NotFoundException("key", "no declaration, action plan or legal instrument has the slug '"
					+ reading.key() + "'");
		}
		String title = (String) ((declaration != null) ? declaration : (plan != null) ? plan : law).get("title");
		List<Map<String, Object>> commitments = commitments(reading, filter(reading, "madeIn"), "madeIn");
		List<Section> sections = new ArrayList<>();
		sections.add(new Section(words.say("section.instrument"), BriefingEntries.entries(head, about)));
		sections.add(new Section(words.say("section.commitments"),
				commitments.stream().map(c -> reading.entries().commitment(c)).filter(Objects::nonNull).toList()));
		return briefing(BriefingKind.INSTRUMENT, reading, words.say("title.instrument", title),
				reading.entries().summary(commitments), sections);
	}

	private Briefing series(Reading reading) {
		Map<String, Object> data = this.api.query(DOCUMENT, "Series", reading.variables());
		Map<String, Object> series = map(data, "conferenceSeries");
		if (series == null) {
			throw new NotFoundException("key", "no conference series has the slug '" + reading.key() + "'");
		}
		BriefingLines lines = reading.lines();
		Words words = reading.words();
		List<Line> about = new ArrayList<>();
		Map<String, Object> agreedAt = map(series, "agreedAt");
		if (agreedAt != null) {
			about.add(lines.line(words.say("agreedAt", reading.entries().conferenceName(map(agreedAt, "conference"))), agreedAt));
		}
		Line head = lines.line(
				(String) Objects.requireNonNullElse(series.get("description"), series.get("title")), series);
		List<Entry> rotation = new ArrayList<>();
		for (Map<String, Object> slot : list(series, "hostingRotation")) {
			Line line = lines.line(words.say("rotationSlot", String.valueOf(slot.get("year")),
					map(slot, "country").get("name")), slot);
			if (line != null) {
				List<Line> details = new ArrayList<>();
				details.add(reading.entries().statusLine(map(slot, "status")));
				rotation.add(new Entry(line, details.stream().filter(Objects::nonNull).toList()));
			}
		}
		List<Map<String, Object>> commitments = commitments(reading, filter(reading, "series"), "series");
		List<Map<String, Object>> editions = nodes(map(data, "conferences"));
		List<Section> sections = new ArrayList<>();
		sections.add(new Section(words.say("section.series"), BriefingEntries.entries(head, about)));
		sections.add(new Section(words.say("section.rotation"), rotation));
		sections.add(new Section(words.say("section.commitments"),
				commitments.stream().map(c -> reading.entries().commitment(c)).filter(Objects::nonNull).toList()));
		sections.add(new Section(words.say("section.editions"),
				editions.stream().map(c -> reading.entries().conference(c, c)).filter(Objects::nonNull).toList()));
		sections.add(reading.entries().statements(editions));
		return briefing(BriefingKind.SERIES, reading, words.say("title.series", series.get("title")),
				reading.entries().summary(commitments), sections);
	}

	private Briefing commitment(Reading reading) {
		Map<String, Object> data = this.api.query(DOCUMENT, "Commitment", reading.variables());
		Map<String, Object> commitment = map(data, "commitment");
		if (commitment == null) {
			throw new NotFoundException("key", "no commitment has the slug '" + reading.key() + "'");
		}
		Words words = reading.words();
		Entry entry = reading.entries().commitment(commitment);
		List<Entry> history = list(commitment, "statusHistory").stream()
			.map(a -> reading.lines().line(words.say("assessment", words.date(map(a, "date")), words.status(a.get("status"))), a))
			.filter(Objects::nonNull)
			.map(line -> new Entry(line, List.of()))
			.toList();
		List<Section> sections = List.of(
				new Section(words.say("section.commitment"), (entry != null) ? List.of(entry) : List.of()),
				new Section(words.say("section.history"), history));
		List<Map<String, Object>> shown = (entry != null) ? List.of(commitment) : List.of();
		return briefing(BriefingKind.COMMITMENT, reading, words.say("title.commitment"), reading.entries().summary(shown),
				sections);
	}

	private Briefing briefing(BriefingKind kind, Reading reading, String title, String summary, List<Section> sections) {
		return new Briefing(kind, reading.key(), reading.words().language(), title, summary, reading.notes(),
				reading.asOf(), reading.statedOnly(), sections.stream().filter(s -> !s.entries().isEmpty()).toList(),
				reading.lines().footnotes());
	}

	private Map<String, Object> filter(Reading reading, String field) {
		Map<String, Object> filter = new HashMap<>();
		filter.put(field, reading.key());
		filter.put("basis", reading.variables().get("basis"));
		return filter;
	}

	/**
	 * The commitments the filter matches, less those made after the briefing's day: every one, or,
	 * where there are more than a briefing lists, those due nearest to its day (the next ones due
	 * from it, and the latest due before it), with a note of how many there are in all.
	 */
	private List<Map<String, Object>> commitments(Reading reading, Map<String, Object> filter, String which) {
		List<Map<String, Object>> commitments = new ArrayList<>();
		long total = page(reading, filter, "ASC", PAGE, commitments);
		if (total > PAGE && total <= this.maxCommitments) {
			commitments.clear();
			page(reading, filter, "ASC", this.maxCommitments, commitments);
		}
		else if (total > this.maxCommitments) {
			LocalDate day = (reading.asOf() != null) ? reading.asOf() : LocalDate.now();
			Map<String, Object> upcoming = new HashMap<>(filter);
			upcoming.put("dueDate", Map.of("from", day.toString()));
			Map<String, Object> past = new HashMap<>(filter);
			past.put("dueDate", Map.of("to", day.minusDays(1).toString()));
			List<Map<String, Object>> next = new ArrayList<>();
			page(reading, upcoming, "ASC", this.maxCommitments / 2, next);
			List<Map<String, Object>> before = new ArrayList<>();
			page(reading, past, "DESC", this.maxCommitments - next.size(), before);
			java.util.Collections.reverse(before);
			// a due date known only to its month may be due both before the day and from it
			Map<Object, Map<String, Object>> nearest = new LinkedHashMap<>();
			before.forEach(c -> nearest.put(c.get("slug"), c));
			next.forEach(c -> nearest.putIfAbsent(c.get("slug"), c));
			commitments.clear();
			commitments.addAll(nearest.values());
			reading.notes().add(reading.words().say("shown", commitments.size(), total,
					reading.words().say("which." + which), reading.day()));
		}
		commitments.removeIf(c -> madeAfter(c, reading.asOf()));
		return commitments;
	}

	/** Pages through the commitments in due date order until {@code limit} are read; returns how many match in all. */
	private long page(Reading reading, Map<String, Object> filter, String direction, int limit,
			List<Map<String, Object>> into) {
		Map<String, Object> variables = new HashMap<>(reading.variables());
		variables.remove("key");
		variables.put("filter", filter);
		variables.put("orderBy", Map.of("field", "DUE_DATE", "direction", direction));
		while (true) {
			variables.put("first", Math.min(PAGE, limit - into.size()));
			Map<String, Object> page = map(this.api.query(DOCUMENT, "Commitments", variables), "commitments");
			into.addAll(nodes(page));
			Map<String, Object> pageInfo = map(page, "pageInfo");
			if (into.size() >= limit || !Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				return ((Number) page.get("totalCount")).longValue();
			}
			variables.put("after", pageInfo.get("endCursor"));
		}
	}

	/** Whether the commitment was made in an instrument or at a conference later than the day. */
	private static boolean madeAfter(Map<String, Object> commitment, LocalDate asOf) {
		Map<String, Object> madeIn = map(commitment, "madeIn");
		if (asOf == null || madeIn == null) {
			return false;
		}
		Map<String, Object> origin = map(madeIn, "origin");
		Map<String, Object> when = Objects.requireNonNullElse(map(origin, "startDate"),
				Objects.requireNonNullElse(map(origin, "adoptedOn"),
						(map(origin, "event") != null) ? map(map(origin, "event"), "startDate") : Map.of()));
		Object earliest = when.get("earliest");
		if (earliest == null && origin.get("periodStart") instanceof Integer year) {
			return year > asOf.getYear();
		}
		return earliest != null && LocalDate.parse((String) earliest).isAfter(asOf);
	}

	private static String dueOrder(Map<String, Object> commitment) {
		Map<String, Object> due = map(commitment, "dueDate");
		return (due != null) ? (String) due.get("earliest") : "9999";
	}


}
