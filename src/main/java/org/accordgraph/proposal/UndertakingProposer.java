package org.accordgraph.proposal;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accordgraph.proposal.DocumentEvents.Event;
import org.accordgraph.proposal.Gazetteer.Entry;
import org.accordgraph.proposal.Gazetteer.Found;

import org.springframework.stereotype.Component;

/**
 * What was undertaken: a sentence that says someone "agreed to", "committed to", "pledged to",
 * "will continue to" do something (in Russian "договорились", "обязались", "продолжат"), its
 * parties the actors named before those words, or else the words themselves as a party proposed.
 * A hosting rotation ("starting with Uzbekistan in 2022, followed by Kazakhstan in 2023, ...")
 * is an undertaking to host per country and year, due at the end of July where the sentence says
 * so; the graph's undertaking to host that year in that country is the one it repeats.
 */
@Component
class UndertakingProposer {

	private static final Pattern TRIGGER = Pattern.compile(
			"(?iu)\\b(?:agreed|committed|pledged|undertook|resolved|decided)\\s+to\\b|\\bwill\\s+continue\\s+to\\b"
					+ "|\\bcommitted\\s+themselves\\s+to\\b|договорились|обязал\\p{L}*|продолжат|согласились");

	private static final Pattern ROTATION_STEP = Pattern.compile(
			"(?iu)(?:starting with|followed by|,|and|начиная с|затем)\\s+(\\p{Lu}\\p{L}+)\\s+(?:in|в)\\s+((?:19|20)\\d{2})");

	/** Undertakings joined in one sentence: "to hold ... and to exchange ...". */
	private static final Pattern CLAUSES = Pattern.compile("(?iu),?\\s+and\\s+to\\s+|,?\\s+и\\s+(?=\\p{L}+ть\\b)");

	/** An undertaking to hold the next edition in a country in a year. */
	private static final Pattern NEXT_EDITION = Pattern.compile(
			"(?iu)\\bhold\\s+the\\s+next\\s+(?:conference|edition|meeting|forum)\\s+in\\s+(\\p{Lu}\\p{L}+)\\s+in\\s+((?:19|20)\\d{2})");

	private static final Pattern SUBJECT = Pattern.compile(
			"(?iu)((?:(?:the|all|all\\s+the|both)\\s+)?(?:delegates|delegations|participants|parties|states)"
					+ "|(?:все\\s+)?(?:делегаты|делегации|участники|стороны))\\s*$");

	/** A subject that is the people sent to an event: an organisation of the kind DELEGATES, as the graph holds Bukhara's. */
	private static final Pattern DELEGATES = Pattern.compile("(?iu)delegat|participant|делегат|участник");

	/** The kind of an undertaking, where its words say it; none where they do not, for the curator to choose. */
	private static final Map<Pattern, String> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put(Pattern.compile("(?iu)^\\s*(?:to\\s+)?(?:adopt|pass|enact)\\b.*\\b(?:law|legislation|code)\\b|(?<![\\p{L}])закон\\p{L}{0,2}(?![\\p{L}])"), "ADOPT_LAW");
		KINDS.put(Pattern.compile("(?iu)^\\s*(?:to\\s+)?(?:adopt|develop|approve)\\b.*\\bplan\\b|(?<![\\p{L}])план\\p{L}{0,2}(?![\\p{L}])"), "ADOPT_PLAN");
		KINDS.put(Pattern.compile("(?iu)^\\s*(?:to\\s+)?(?:support|assist|fund|help)\\b|(?<![\\p{L}])поддерж"), "SUPPORT");
		KINDS.put(Pattern.compile("(?iu)^\\s*(?:to\\s+)?(?:exchange|share|cooperate|co-operate|coordinate|work\\s+together|strengthen\\s+(?:co-?operation|partnership))\\b"
				+ "|(?<![\\p{L}])(?:обмен|сотруднич|координир)"), "COOPERATE");
	}

	private final ProposalRepository graph;

	UndertakingProposer(ProposalRepository graph) {
		this.graph = graph;
	}

	List<Proposal> propose(Reading reading, DocumentEvents events) {
		List<Proposal> proposals = new ArrayList<>();
		List<Span> sentences = reading.sentences();
		for (int i = 0; i < sentences.size(); i++) {
			Span sentence = sentences.get(i);
			Matcher trigger = TRIGGER.matcher(sentence.words());
			if (!trigger.find()) {
				continue;
			}
			Event event = events.at(i);
			List<Found> partyNames = new ArrayList<>();
			for (Found found : reading.namesIn(sentence)) {
				if (found.span().end() <= sentence.start() + trigger.start() && found.entries().stream()
					.anyMatch(entry -> List.of("Country", "Organisation", "Project", "Person").contains(entry.label()))) {
					partyNames.add(found);
				}
			}
			String subject = subject(sentence.words().substring(0, trigger.start()));
			String due = endOfMonth(reading, i);
			List<int[]> steps = rotation(sentence.words());
			if (!steps.isEmpty()) {
				String general = sentence.words().substring(trigger.end(), steps.get(0)[2]).strip().replaceAll("[,;]$", "");
				proposals.add(undertaking(reading, sentence, general, partyNames, subject, event).build());
				for (int[] step : steps) {
					Found host = hostAt(reading, sentence, step[0]);
					if (host == null) {
						continue;
					}
					proposals.add(hosting(reading, sentence, host, step[1], partyNames, subject, due, event).build());
				}
				continue;
			}
			String undertakings = sentence.words().substring(trigger.end()).strip().replaceAll("[.;]$", "");
			for (String undertaken : CLAUSES.split(undertakings)) {
				Matcher next = NEXT_EDITION.matcher(undertaken);
				int clauseAt = sentence.words().indexOf(undertaken, trigger.end());
				Found host = next.find() ? hostAt(reading, sentence, clauseAt + next.start(1)) : null;
				if (host != null) {
					proposals.add(hosting(reading, sentence, host, Integer.parseInt(next.group(2)), partyNames, subject, due, event)
						.build());
					continue;
				}
				proposals.add(undertaking(reading, sentence, undertaken, partyNames, subject, event).build());
			}
		}
		return proposals;
	}

	/**
	 * An undertaking in the sentence's own words; the graph's undertaking made at the same event
	 * whose words mostly are these (half the analysed words or more in common) is the one it repeats.
	 */
	private Proposed undertaking(Reading reading, Span sentence, String undertaken, List<Found> partyNames, String subject,
			Event event) {
		Map<String, Object> commitment = new LinkedHashMap<>();
		String words = undertaken.strip().replaceAll("[\"”»'.;,\\s]+$", "");
		commitment.put("slug", Slugs.of(Slugs.firstWords(words, 60)));
		commitment.put("text", capitalised(words));
		KINDS.entrySet()
			.stream()
			.filter(kind -> kind.getKey().matcher(words).find())
			.findFirst()
			.ifPresent(kind -> commitment.put("kind", kind.getValue()));
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("commitments", List.of(commitment));
		Proposed proposed = Proposed.of(ProposalKind.UNDERTAKING, sentence, fields);
		commitment.put("parties", parties(partyNames, subject, event, proposed, fields));
		if (event != null) {
			commitment.put("madeIn", Map.of("conference", event.key()));
			if (event.existing()) {
				Set<String> terms = terms(undertaken, reading.language());
				this.graph.undertakingsMadeIn(event.key())
					.entrySet()
					.stream()
					.filter(made -> overlap(terms, terms(made.getValue(), reading.language())) >= 0.5)
					.findFirst()
					.ifPresent(made -> proposed.duplicateOf(made.getKey()));
			}
		}
		return proposed.confidence(partyNames.isEmpty() ? 0.5 : 0.7);
	}

	private static Set<String> terms(String text, Language language) {
		return Analysis.tokens(text, language).stream().map(Analysis.Token::term).collect(Collectors.toSet());
	}

	private static double overlap(Set<String> a, Set<String> b) {
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		return (a.isEmpty() || b.isEmpty()) ? 0 : (double) common.size() / Math.max(a.size(), b.size());
	}

	private Proposed hosting(Reading reading, Span sentence, Found host, int year, List<Found> partyNames, String subject,
			String due, Event event) {
		Entry country = host.first("Country");
		Map<String, Object> commitment = new LinkedHashMap<>();
		Map<String, Object> existing = this.graph.hostUndertaking(country.key(), year).orElse(null);
		commitment.put("slug", (existing != null) ? existing.get("slug") : Slugs.of("host", country.key(), String.valueOf(year)));
		commitment.put("kind", "HOST_EVENT");
		commitment.put("year", year);
		if (existing != null && existing.get("series") != null) {
			commitment.put("series", existing.get("series"));
		}
		commitment.put("host", Map.of("country", country.key()));
		if (due != null) {
			commitment.put("dueDate", Map.of("date", year + due.substring(4), "text", "at the end of " + monthName(due)));
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("commitments", List.of(commitment));
		Proposed proposed = Proposed.of(ProposalKind.UNDERTAKING, sentence, fields).match("host", host, country);
		commitment.put("parties", parties(partyNames, subject, event, proposed, fields));
		if (event != null) {
			commitment.put("madeIn", Map.of("conference", event.key()));
		}
		if (existing != null) {
			proposed.duplicateOf((String) existing.get("slug"));
		}
		return proposed.confidence(0.8);
	}

	/**
	 * The parties named before the words of undertaking; or, where none is named, the subject
	 * ("the delegations") as an organisation proposed new, of the kind DELEGATES where its words
	 * say so, its record added to the proposal's fields.
	 */
	private static List<Map<String, Object>> parties(List<Found> partyNames, String subject, Event event,
			Proposed proposed, Map<String, Object> fields) {
		List<Map<String, Object>> parties = new ArrayList<>();
		for (Found found : partyNames) {
			Entry party = found.entries().get(0);
			parties.add(Map.of("actor", party.key()));
			proposed.match("parties", found, party);
		}
		if (parties.isEmpty() && subject != null) {
			String named = subject.replaceFirst("(?iu)^(?:the|all(?:\\s+the)?|both)\\s+", "");
			String key = (event != null) ? Slugs.of(event.key(), named) : Slugs.of(named);
			Map<String, Object> organisation = new LinkedHashMap<>();
			organisation.put("slug", key);
			organisation.put("name", capitalised(named) + ((event != null) ? " (" + event.key() + ")" : ""));
			if (DELEGATES.matcher(named).find()) {
				organisation.put("kind", "DELEGATES");
			}
			fields.put("organisations", List.of(organisation));
			parties.add(Map.of("actor", key));
			proposed.proposeNew("parties", subject, "Organisation", key);
		}
		return parties;
	}

	/** The steps of a rotation: where each country's name begins, its year, and where the step's words begin. */
	private static List<int[]> rotation(String sentence) {
		List<int[]> steps = new ArrayList<>();
		if (!sentence.matches("(?isu).*(starting with|начиная с).*")) {
			return steps;
		}
		Matcher step = ROTATION_STEP.matcher(sentence);
		while (step.find()) {
			steps.add(new int[] { step.start(1), Integer.parseInt(step.group(2)), step.start() });
		}
		return steps;
	}

	private static Found hostAt(Reading reading, Span sentence, int offset) {
		int at = sentence.start() + offset;
		return reading.namesIn(sentence)
			.stream()
			.filter(found -> found.span().start() == at && found.means("Country"))
			.findFirst()
			.orElse(null);
	}

	private static String subject(String before) {
		Matcher subject = SUBJECT.matcher(before.strip());
		return subject.find() ? subject.group(1).strip() : null;
	}

	/** "at the end of July" in the sentence, as the month it names (its year set per step). */
	private static String endOfMonth(Reading reading, int sentence) {
		return reading.datesIn(sentence)
			.stream()
			.filter(date -> date.span().words().toLowerCase().startsWith("at the end of") || date.span().words().startsWith("в конце"))
			.map(Dates.Found::iso)
			.findFirst()
			.orElse(null);
	}

	private static String monthName(String iso) {
		return Month.of(Integer.parseInt(iso.substring(5, 7))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
