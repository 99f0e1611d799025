package org.accordgraph.format;

import java.time.Month;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordgraph.fact.DatePrecision;
import org.accordgraph.fact.PartialDate;

/**
 * The dates a passage names, and how exactly: "5 July 2024" names a day, "November 2022" a month,
 * "2013" a year; "25-26 November 2021" names both days; "On 27 July" names no year, and so no
 * date at all. Whether a passage hedges a date ("about", "around") is kept too, so that a date can
 * be checked to be no more exact, and no more certain, than its citations; and whether it bounds
 * one ("from at least January 2015": no later than then), which is not a date at all.
 */
public final class DateMentions {

	/** A month's name in English, or in Russian in the forms a date takes ("18 сентября", "сентябрь 2024", "в сентябре"). */
	private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]"
			+ "|ноябр[ьяе]|декабр[ьяе])(?![\\p{L}])";

	/** The stems of the Russian months' names, in the year's order. */
	private static final String[] RUSSIAN_MONTHS = { "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
			"сентябр", "октябр", "ноябр", "декабр" };

	private static final Pattern DAYS = Pattern.compile(
			"(\\d{1,2})(?:\\s*(?:-|–|to|and|по|и)\\s*(\\d{1,2}))?\\s+" + MONTHS + "(?:,?\\s+(\\d{4}))?");

	private static final Pattern MONTH_YEAR = Pattern.compile(MONTHS + "\\s+(\\d{4})");

	private static final Pattern MONTH = Pattern.compile(MONTHS);

	private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

	private static final Pattern HEDGE = Pattern.compile(
			"(?<![\\p{L}])(about|around|approximately|some|nearly|roughly|около|примерно|почти|порядка)\\s+(\\S+\\s+){0,2}$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern BOUND = Pattern.compile(
			"(?<![\\p{L}])(at least|no later than|не позднее|по меньшей мере|как минимум)\\s+(\\S+\\s+){0,2}$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** ISO forms of what is named: {@code 2024-07-05}, {@code 2022-11}, {@code 2013}. */
	private final Set<String> named = new HashSet<>();

	private final Set<String> hedged = new HashSet<>();

	private final Set<String> bounded = new HashSet<>();

	private final Set<String> monthsWithoutYear = new HashSet<>();

	public DateMentions(String passage) {
		Matcher days = DAYS.matcher(passage);
		while (days.find()) {
			int month = monthOf(days.group(3));
			if (days.group(4) == null) {
				this.monthsWithoutYear.add("%02d".formatted(month));
				continue;
			}
			int year = Integer.parseInt(days.group(4));
			String before = before(passage, days.start());
			add("%d-%02d-%02d".formatted(year, month, Integer.parseInt(days.group(1))), before);
			if (days.group(2) != null) {
				add("%d-%02d-%02d".formatted(year, month, Integer.parseInt(days.group(2))), before);
			}
		}
		Matcher months = MONTH_YEAR.matcher(passage);
		while (months.find()) {
			int month = monthOf(months.group(1));
			add("%s-%02d".formatted(months.group(2), month), before(passage, months.start()));
		}
		Matcher bare = MONTH.matcher(passage);
		while (bare.find()) {
			this.monthsWithoutYear.add("%02d".formatted(monthOf(bare.group(1))));
		}
		Matcher years = YEAR.matcher(passage);
		while (years.find()) {
			add(years.group(), before(passage, years.start()));
		}
	}

	private void add(String iso, String before) {
		this.named.add(iso);
		if (iso.length() > 7) {
			this.named.add(iso.substring(0, 7));
		}
		this.named.add(iso.substring(0, 4));
		if (HEDGE.matcher(before).find()) {
			this.hedged.add(iso);
		}
		if (BOUND.matcher(before).find()) {
			this.bounded.add(iso);
		}
	}

	private static String before(String passage, int at) {
		return passage.substring(Math.max(0, at - 30), at);
	}

	/**
	 * Whether the passage names the date to its precision. A month may also be named apart from
	 * its year in one passage ("at the end of July ... in 2022").
	 */
	boolean names(PartialDate date) {
		if (this.named.contains(date.iso())) {
			return true;
		}
		if (date.precision() == DatePrecision.MONTH) {
			YearMonth month = YearMonth.from(date.earliest());
			return this.named.contains(String.valueOf(month.getYear()))
					&& this.monthsWithoutYear.contains("%02d".formatted(month.getMonthValue()));
		}
		return false;
	}

	/** Whether the passage hedges the date where it names it exactly so. */
	boolean hedges(PartialDate date) {
		return this.hedged.contains(date.iso());
	}

	/** Whether the passage names the date only as a bound, such as "at least January 2015". */
	boolean bounds(PartialDate date) {
		return this.bounded.contains(date.iso());
	}


	/** The number of the month a name names, English or Russian. */
	private static int monthOf(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (int i = 0; i < RUSSIAN_MONTHS.length; i++) {
			if (lower.startsWith(RUSSIAN_MONTHS[i]) && lower.length() <= RUSSIAN_MONTHS[i].length() + 1) {
				return i + 1;
			}
		}
		return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
	}

}
