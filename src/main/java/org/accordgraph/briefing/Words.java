package org.accordgraph.briefing;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.accordgraph.graphql.InvalidArgumentException;

/**
 * The page's own words in one of the briefing's languages (English, Russian), from
 * {@code briefing/words*.properties}; the facts keep the words of the API and its sources.
 */
final class Words {

	private static final List<String> LANGUAGES = List.of("en", "ru");

	private final Locale locale;

	private final ResourceBundle bundle;

	private Words(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("briefing.words", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	static Words of(String language) {
		if (!LANGUAGES.contains(language)) {
			throw new InvalidArgumentException("lang", "'" + language + "' is not one of " + String.join(", ", LANGUAGES));
		}
		return new Words(Locale.forLanguageTag(language));
	}

	String language() {
		return this.locale.getLanguage();
	}

	String say(String key, Object... arguments) {
		return new MessageFormat(this.bundle.getString(key), this.locale).format(arguments);
	}

	/** Every word of the page in this language, by its key, such as {@code notes}: "Sources". */
	Map<String, String> all() {
		Map<String, String> all = new java.util.TreeMap<>();
		this.bundle.keySet().forEach(key -> all.put(key, say(key)));
		return all;
	}

	/** A status in the page's words: {@code FULFILLED} is "fulfilled". */
	String status(Object status) {
		return say("status." + status);
	}

	/** A day, such as "5 July 2024". */
	String day(LocalDate day) {
		return DateTimeFormatter.ofPattern("d MMMM uuuu", this.locale).format(day);
	}

	/** A partial date as exact as its source: "5 July 2024", "July 2024", "2024", "about 2024". */
	String date(Map<String, Object> when) {
		String iso = (String) when.get("iso");
		String text = switch ((String) when.get("precision")) {
			case "DAY" -> day(LocalDate.parse(iso));
			case "MONTH" -> DateTimeFormatter.ofPattern("LLLL uuuu", this.locale).format(YearMonth.parse(iso));
			default -> iso;
		};
		return Boolean.TRUE.equals(when.get("approximate")) ? say("about", text) : text;
	}

}
