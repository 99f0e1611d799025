package org.accordgraph.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordgraph.proposal.Gazetteer.Entry;
import org.accordgraph.proposal.Gazetteer.Found;

import org.springframework.stereotype.Component;

/**
 * Action plans and laws. An action plan: a sentence naming a national (action) plan with its
 * period ("for 2024-2026") and a country of the graph. A law: a sentence naming a law by its quoted
 * title ("the Law "On Combating Trafficking in Persons"") and a country, with where it stands as
 * the sentence's verb says it (a draft, under consideration, adopted, signed, in force), on the
 * day the sentence gives, if any. The graph's plan of that country and period, or its law of that
 * title, is the one it repeats.
 */
@Component
class InstrumentProposer {

	private static final Pattern PLAN = Pattern.compile("(?iu)((?:\\p{L}+\\s+){0,4}?(?:action plan|plan of action|national plan"
			+ "|план\\p{L}*\\s+действий|национальн\\p{L}*\\s+план\\p{L}*)[^.;]*?)\\b((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})");

	/** Where a plan's name begins, after the words of the sentence before it ("Kyrgyzstan adopted its"). */
	private static final Pattern PLAN_BEGINS = Pattern.compile(
			"(?iu)(?<![\\p{L}])(?:national|state|government|comprehensive|joint|regional|action plan|plan of action"
					+ "|национальн|государственн|комплексн|план)");

	private static final Pattern LAW = Pattern.compile("(?iu)\\b(?:law|закон\\p{L}*)\\s+(?:of\\s+the\\s+[\\p{L} ]+?\\s+)?"
			+ "[\"“«]([^\"”»]{5,200})[\"”»]");

	private static final Map<Pattern, String> STAGES = new LinkedHashMap<>();

	static {
		STAGES.put(Pattern.compile("(?iu)\\b(?:entered into force|came into force|in force)\\b|вступил\\p{L}*\\s+в\\s+силу"), "IN_FORCE");
		STAGES.put(Pattern.compile("(?iu)\\b(?:adopted|passed|signed|approved|enacted)\\b|\\bпринят\\p{L}*|подписа\\p{L}*|утвержд\\p{L}*"),
				"ADOPTED");
		STAGES.put(Pattern.compile("(?iu)\\bunder consideration\\b|\\bна рассмотрении\\b|рассматрива\\p{L}*"), "UNDER_CONSIDERATION");
		STAGES.put(Pattern.compile("(?iu)\\bdraft\\b|\\bпроект\\p{L}*"), "DRAFT");
	}

	private final ProposalRepository graph;

	InstrumentProposer(ProposalRepository graph) {
		this.graph = graph;
	}

	List<Proposal> propose(Reading reading) {
		List<Proposal> proposals = new ArrayList<>();
		List<Span> sentences = reading.sentences();
		for (int i = 0; i < sentences.size(); i++) {
			Span sentence = sentences.get(i);
			Found country = reading.namesIn(sentence).stream().filter(found -> found.means("Country")).findFirst().orElse(null);
			if (country == null) {
				continue;
			}
			Entry code = country.first("Country");
			Matcher plan = PLAN.matcher(sentence.words());
			if (plan.find()) {
				proposals.add(plan(sentence, plan, country, code));
			}
			Matcher law = LAW.matcher(sentence.words());
			if (law.find()) {
				proposals.add(law(reading, i, sentence, law.group(1).strip(), country, code));
			}
		}
		return proposals;
	}

	private Proposal plan(Span sentence, Matcher plan, Found country, Entry code) {
		int start = Integer.parseInt(plan.group(2));
		int end = Integer.parseInt(plan.group(3));
		String title = sentence.words().substring(plan.start(), plan.end()).strip();
		Matcher named = PLAN_BEGINS.matcher(title);
		title = named.find() ? title.substring(named.start()) : title;
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("slug", Slugs.of(code.key(), "action-plan", String.valueOf(start), String.valueOf(end)));
		record.put("title", Character.toUpperCase(title.charAt(0)) + title.substring(1));
		record.put("scope", "NATIONAL");
		record.put("periodStart", start);
		record.put("periodEnd", end);
		record.put("country", Map.of("country", code.key()));
		Proposed proposed = Proposed.of(ProposalKind.INSTRUMENT, sentence, Map.of("actionPlans", List.of(record)))
			.match("country", country, code)
			.confidence(0.7);
		this.graph.actionPlan(code.key(), start, end).ifPresent(proposed::duplicateOf);
		return proposed.build();
	}

	private Proposal law(Reading reading, int index, Span sentence, String title, Found country, Entry code) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("slug", Slugs.of(code.key(), "law", title));
		record.put("title", title);
		record.put("kind", "LAW");
		record.put("jurisdiction", Map.of("country", code.key()));
		String stage = STAGES.entrySet()
			.stream()
			.filter(entry -> entry.getKey().matcher(sentence.words()).find())
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		if (stage != null) {
			Map<String, Object> status = new LinkedHashMap<>();
			status.put("status", stage);
			reading.datesIn(index).stream().filter(date -> !date.yearInferred()).findFirst()
				.ifPresent(date -> status.put("date", date.iso()));
			if (status.containsKey("date")) {
				record.put("statusHistory", List.of(status));
			}
		}
		Proposed proposed = Proposed.of(ProposalKind.INSTRUMENT, sentence, Map.of("legalInstruments", List.of(record)))
			.match("jurisdiction", country, code)
			.confidence(0.6);
		this.graph.law(code.key(), title).ifPresent(proposed::duplicateOf);
		return proposed.build();
	}

}
