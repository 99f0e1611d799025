package org.accordgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordgraph.graphql.InvalidArgumentException;

/**
 * What a user typed in the search box, made into a full-text query. The user's text is never
 * handed to Lucene's query parser: only its words (runs of letters and digits, in any script)
 * and its quoted phrases are, so that {@code + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /} and the
 * words AND, OR, NOT are searched as text, never read as syntax.
 *
 * @param words the words to find, lower-cased, quoted phrases included word by word
 * @param query the Lucene query: every word (or a longer word it begins, for words of 3 letters
 * or more) and every phrase must match; matches in names and titles weigh more
 */
record SearchText(List<String> words, String query) {

	static final int MAX_LENGTH = 500;

	static final int MAX_WORDS = 32;

	private static final Pattern PHRASE_OR_WORD = Pattern.compile("\"([^\"]*)\"|([\\p{L}\\p{N}]+)");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** The indexed properties that name things. */
	private static final List<String> NAME_FIELDS = List.of("name", "name_ru", "acronym", "alsoKnownAs", "title",
			"shortTitle");

	/**
	 * @throws InvalidArgumentException naming {@code text} when there is nothing to search for, or
	 * too much
	 */
	static SearchText parse(String text) {
		if (text.length() > MAX_LENGTH) {
			throw new InvalidArgumentException("text",
					"must be at most " + MAX_LENGTH + " characters long, was " + text.length());
		}
		List<String> words = new ArrayList<>();
		List<String> clauses = new ArrayList<>();
		Matcher matcher = PHRASE_OR_WORD.matcher(text);
		while (matcher.find()) {
			if (matcher.group(1) != null) {
				List<String> phrase = words(matcher.group(1));
				if (!phrase.isEmpty()) {
					words.addAll(phrase);
					clauses.add("\"" + String.join(" ", phrase) + "\"");
				}
			}
			else {
				String word = matcher.group(2).toLowerCase(Locale.ROOT);
				words.add(word);
				clauses.add(clause(word));
			}
		}
		if (words.isEmpty()) {
			throw new InvalidArgumentException("text", "has no word to search for (letters or digits)");
		}
		if (words.size() > MAX_WORDS) {
			throw new InvalidArgumentException("text", "must have at most " + MAX_WORDS + " words, had " + words.size());
		}
		return new SearchText(List.copyOf(words), String.join(" AND ", clauses));
	}

	/**
	 * A word found anywhere, or as the start of a longer word; in a name or title it weighs more,
	 * since that is what a search box is mostly asked for.
	 */
	private static String clause(String word) {
		StringBuilder clause = new StringBuilder("(");
		for (String field : NAME_FIELDS) {
			clause.append(field).append(':').append(word).append("^4 OR ");
		}
		clause.append(word).append("^2");
		if (word.length() >= 3) {
			clause.append(" OR ").append(word).append('*');
		}
		return clause.append(')').toString();
	}

	private static List<String> words(String text) {
		return WORD.matcher(text).results().map(match -> match.group().toLowerCase(Locale.ROOT)).toList();
	}

}
