package org.accordgraph.proposal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordgraph.proposal.Analysis.Token;

/**
 * The graph's own names, found in a document: every name, title, acronym, other name and name in
 * another language of the nodes a proposal may name, analysed as the document is, so that
 * "Kyrgyz Republic", "Kyrgyzstan" and "Кыргызстан" all find the country; and a country's code
 * where the document writes it in capitals, as "KG". The longest name wins where names overlap:
 * "the Prosecutor General of the Republic of Kazakhstan" is not Kazakhstan.
 */
final class Gazetteer {

	/** A node a name belongs to: its label (from the code's own list), key and display name. */
	record Entry(String label, String key, String name) {
	}

	/** A name found: where, and every node it may mean. */
	record Found(Span span, List<Entry> entries, boolean exact) {

		boolean means(String label) {
			return this.entries.stream().anyMatch(entry -> entry.label().equals(label));
		}

		Entry first(String label) {
			return this.entries.stream().filter(entry -> entry.label().equals(label)).findFirst().orElse(null);
		}

		double score() {
			return (this.exact ? 1.0 : 0.9) / this.entries.size();
		}

	}

	private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2}\\b");

	private final Map<String, List<Entry>> byKey = new HashMap<>();

	private final Map<String, Entry> byCode = new HashMap<>();

	private final Map<Entry, Set<String>> names = new HashMap<>();

	private final Language language;

	private int longest = 1;

	Gazetteer(Language language) {
		this.language = language;
	}

	/** Adds a node's names (blank ones ignored) to those the gazetteer finds. */
	Gazetteer add(Entry entry, List<String> names) {
		for (String name : names) {
			if (name == null || name.isBlank()) {
				continue;
			}
			String key = Analysis.key(name, this.language);
			if (key.isEmpty()) {
				continue;
			}
			List<Entry> entries = this.byKey.computeIfAbsent(key, k -> new ArrayList<>());
			if (!entries.contains(entry)) {
				entries.add(entry);
			}
			this.names.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(name);
			this.longest = Math.max(this.longest, key.split(" ").length);
		}
		return this;
	}

	/** Adds a country's ISO code, found only where the text writes it in capitals. */
	Gazetteer addCode(Entry country, String code) {
		this.byCode.put(code, country);
		return this;
	}

	/** The names found in the text, in its order, the longest at each place. */
	List<Found> find(String text) {
		List<Token> tokens = Analysis.tokens(text, this.language);
		List<Found> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			int matched = 0;
			for (int length = Math.min(this.longest, tokens.size() - i); length > 0; length--) {
				StringBuilder key = new StringBuilder(tokens.get(i).term());
				for (int k = i + 1; k < i + length; k++) {
					key.append(' ').append(tokens.get(k).term());
				}
				List<Entry> entries = this.byKey.get(key.toString());
				if (entries != null) {
					Span span = Span.of(text, tokens.get(i).start(), tokens.get(i + length - 1).end());
					boolean exact = entries.stream().anyMatch(entry -> this.names.get(entry).contains(span.words()));
					found.add(new Found(span, List.copyOf(entries), exact));
					matched = length;
					break;
				}
			}
			i += Math.max(matched, 1);
		}
		Matcher codes = CODE.matcher(text);
		while (codes.find()) {
			Entry country = this.byCode.get(codes.group());
			int start = codes.start();
			if (country != null && found.stream().noneMatch(f -> f.span().start() <= start && start < f.span().end())) {
				found.add(new Found(Span.of(text, start, codes.end()), List.of(country), true));
			}
		}
		found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		return found;
	}

	/** The found names that lie within a span of the text. */
	static List<Found> within(List<Found> found, Span span) {
		return found.stream().filter(f -> span.contains(f.span())).toList();
	}

}
