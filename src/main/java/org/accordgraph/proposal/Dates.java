package org.accordgraph.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a sentence names, each as exact as it is written: "25 to 26 November 2021" two days,
 * "November 2022" a month, "in 2022" a year, "at the end of July" a month. A day or month written
 * without its year takes the year of the sentences before it, or else the document's date, and is
 * then marked inferred, with the reasoning.
 */
final class Dates {

	/** A date found: its ISO form (and the last day of a range), the words, and whether the year was inferred. */
	record Found(Span span, String iso, String endIso, boolean yearInferred, String reasoning) {

		/** The date in the dataset format: plain where stated, with the words and the reasoning where inferred. */
		Object field() {
			if (!this.yearInferred) {
				return this.iso;
			}
			Map<String, Object> date = new LinkedHashMap<>();
			date.put("date", this.iso);
			date.put("text", this.span.words());
			date.put("basis", "INFERRED");
			date.put("reasoning", this.reasoning);
			return date;
		}

	}

	private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

	static {
		String[] english = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
				"October", "November", "December" };
		String[] russian = { "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
				"октября", "ноября", "декабря" };
		String[] russianNominative = { "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
				"сентябрь", "октябрь", "ноябрь", "декабрь" };
		for (int i = 0; i < 12; i++) {
			MONTHS.put(english[i].toLowerCase(), i + 1);
			MONTHS.put(russian[i], i + 1);
			MONTHS.put(russianNominative[i], i + 1);
		}
	}

	private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";

	private static final String YEAR = "((?:19|20)\\d{2})(?:\\s*(?:года|г\\.))?";

	private static final Pattern DAYS = Pattern.compile(
			"(?iu)(?:(?:from|с)\\s+)?(\\d{1,2})(?:\\s*(?:-|–|to|and|по|и)\\s*(\\d{1,2}))?\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?");

	private static final Pattern END_OF_MONTH = Pattern.compile("(?iu)(?:at the end of|в конце)\\s+" + MONTH + "(?:\\s+" + YEAR + ")?");

	private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)" + MONTH + "\\s+" + YEAR);

	private static final Pattern BARE_YEAR = Pattern.compile("(?u)\\b(?:19|20)\\d{2}\\b");

	private Dates() {
	}

	/**
	 * @param yearBefore the year the sentences before this one name last, or the document's; null if none
	 */
	static List<Found> in(String text, Span sentence, Integer yearBefore) {
		List<Found> found = new ArrayList<>();
		String words = sentence.words();
		Matcher days = DAYS.matcher(words);
		while (days.find()) {
			int month = MONTHS.get(days.group(3).toLowerCase());
			Integer year = (days.group(4) != null) ? Integer.valueOf(days.group(4)) : yearBefore;
			if (year == null) {
				continue;
			}
			boolean inferred = days.group(4) == null;
			String start = "%d-%02d-%02d".formatted(year, month, Integer.parseInt(days.group(1)));
			String end = (days.group(2) != null) ? "%d-%02d-%02d".formatted(year, month, Integer.parseInt(days.group(2))) : null;
			found.add(new Found(span(text, sentence, days), start, end, inferred, inferred ? reasoning(year) : null));
		}
		Matcher ends = END_OF_MONTH.matcher(words);
		while (ends.find()) {
			if (overlaps(found, sentence.start() + ends.start())) {
				continue;
			}
			Integer year = (ends.group(2) != null) ? Integer.valueOf(ends.group(2)) : yearBefore;
			if (year != null) {
				boolean inferred = ends.group(2) == null;
				found.add(new Found(span(text, sentence, ends), "%d-%02d".formatted(year, MONTHS.get(ends.group(1).toLowerCase())),
						null, inferred, inferred ? reasoning(year) : null));
			}
		}
		Matcher months = MONTH_YEAR.matcher(words);
		while (months.find()) {
			if (!overlaps(found, sentence.start() + months.start())) {
				found.add(new Found(span(text, sentence, months),
						"%s-%02d".formatted(months.group(2), MONTHS.get(months.group(1).toLowerCase())), null, false, null));
			}
		}
		Matcher years = BARE_YEAR.matcher(words);
		while (years.find()) {
			if (!overlaps(found, sentence.start() + years.start())) {
				found.add(new Found(span(text, sentence, years), years.group(), null, false, null));
			}
		}
		found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		return found;
	}

	static boolean isMonth(String word) {
		return MONTHS.containsKey(word.toLowerCase());
	}

	/** The last year a sentence names, to lend to the sentences after it. */
	static Integer lastYear(Span sentence) {
		Matcher years = BARE_YEAR.matcher(sentence.words());
		Integer last = null;
		while (years.find()) {
			last = Integer.valueOf(years.group());
		}
		return last;
	}

	private static String reasoning(int year) {
		return "The document gives no year here; " + year
				+ " is the year of the sentences before it, or else of the document's date.";
	}

	private static boolean overlaps(List<Found> found, int start) {
		return found.stream().anyMatch(f -> f.span().start() <= start && start < f.span().end());
	}

	private static Span span(String text, Span sentence, Matcher matcher) {
		return Span.of(text, sentence.start() + matcher.start(), sentence.start() + matcher.end());
	}

}
