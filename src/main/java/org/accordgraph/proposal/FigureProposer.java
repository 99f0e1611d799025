package org.accordgraph.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Figures with their year: a share ("85% of persons convicted of trafficking in 2020") or a number
 * of people or cases ("identified 250 victims in 2023"), in a sentence that gives the year. The
 * measure is the clause's own words, for the curator to shorten; "about" or "more than" before the
 * number is kept as the figure's qualifier. The graph's statistic of that value, unit and year is
 * the one it repeats. A figure whose sentence gives no year is left out.
 */
@Component
class FigureProposer {

	private static final Pattern SHARE = Pattern.compile("(?iu)(\\d{1,3}(?:[.,]\\d+)?)\\s?(?:%|per\\s?cent\\b|процент\\p{L}*)");

	private static final Pattern COUNT = Pattern.compile("(?iu)(\\d{1,3}(?:[ ,\\u00A0]\\d{3})*|\\d+)\\s+(?:\\p{L}+\\s+){0,2}?"
			+ "(victims?|cases?|persons|people|survivors|traffickers|criminal cases|жертв\\p{L}*|случа\\p{L}*|дел\\b|лиц\\b|человек)");

	private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");

	private static final Pattern HEDGE = Pattern.compile(
			"(?iu)(about|around|approximately|nearly|almost|over|more than|less than|up to|около|примерно|почти|более|свыше|менее)\\s+$");

	/** Where a clause of a list of figures ends: "compared to", a comma, a semicolon. */
	private static final Pattern CLAUSE_ENDS = Pattern.compile(
			"(?iu),|;|\\bcompared (?:to|with)\\b|\\bwhile\\b|\\band\\b(?=\\s+\\d)|\\bпо сравнению с\\b|\\bи\\b(?=\\s+\\d)");

	private final ProposalRepository graph;

	FigureProposer(ProposalRepository graph) {
		this.graph = graph;
	}

	List<Proposal> propose(Reading reading) {
		List<Proposal> proposals = new ArrayList<>();
		for (Span sentence : reading.sentences()) {
			List<int[]> years = new ArrayList<>();
			Matcher year = YEAR.matcher(sentence.words());
			while (year.find()) {
				years.add(new int[] { year.start(), Integer.parseInt(year.group(1)) });
			}
			if (years.isEmpty()) {
				continue;
			}
			Matcher share = SHARE.matcher(sentence.words());
			while (share.find()) {
				proposals.add(figure(reading, sentence, share.start(), share.end(), share.group(1), "PERCENT",
						nearest(years, share.start())));
			}
			Matcher count = COUNT.matcher(sentence.words());
			while (count.find()) {
				String number = count.group(1).replaceAll("[ ,\\u00A0]", "");
				if (number.length() == 4 && YEAR.matcher(number).matches()) {
					continue;
				}
				String noun = count.group(2).toLowerCase();
				String unit = noun.startsWith("case") || noun.startsWith("criminal") || noun.startsWith("случа")
						|| noun.startsWith("дел") ? "CASES" : "PERSONS";
				proposals.add(figure(reading, sentence, count.start(), count.end(), number, unit, nearest(years, count.start())));
			}
		}
		return proposals;
	}

	/** The year the sentence gives nearest the figure: "120 victims in 2023, against 95 in 2022". */
	private static int nearest(List<int[]> years, int at) {
		return years.stream().min(Comparator.comparingInt(year -> Math.abs(year[0] - at))).orElseThrow()[1];
	}

	private Proposal figure(Reading reading, Span sentence, int start, int end, String number, String unit, int year) {
		String words = sentence.words();
		double value = Double.parseDouble(number.replace(',', '.'));
		Map<String, Object> statistic = new LinkedHashMap<>();
		String measure = clause(words, start, end);
		statistic.put("slug", Slugs.of(Slugs.firstWords(measure, 50), String.valueOf(year)));
		statistic.put("measure", Character.toUpperCase(measure.charAt(0)) + measure.substring(1));
		statistic.put("value", (value == Math.rint(value)) ? (Object) (long) value : (Object) value);
		statistic.put("unit", unit);
		statistic.put("year", year);
		Matcher hedge = HEDGE.matcher(words.substring(0, start));
		if (hedge.find()) {
			statistic.put("qualifier", words.substring(hedge.start(), end).strip());
		}
		Proposed proposed = Proposed.of(ProposalKind.FIGURE, sentence, Map.of("statistics", List.of(statistic)))
			.confidence(0.6);
		this.graph.statistic(value, unit, year).ifPresent(proposed::duplicateOf);
		return proposed.build();
	}

	/** The clause the figure stands in: from the clause before it ends to where the next begins. */
	private static String clause(String words, int start, int end) {
		int from = 0;
		Matcher ends = CLAUSE_ENDS.matcher(words);
		int to = words.length();
		while (ends.find()) {
			if (ends.end() <= start) {
				from = ends.end();
			}
			else if (ends.start() >= end) {
				to = ends.start();
				break;
			}
		}
		return words.substring(from, to).strip().replaceAll("^(?iu)(by sex and age group|in total)\\s*", "")
			.replaceAll("[.;:,]+$", "");
	}

}
