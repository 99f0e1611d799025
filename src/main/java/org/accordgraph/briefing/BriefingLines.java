package org.accordgraph.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.accordgraph.briefing.Briefing.Footnote;
import org.accordgraph.briefing.Briefing.Line;

/**
 * Turns the API's facts into a briefing's lines, each footnoted to the passages its fact cites,
 * and numbers the footnotes: a passage cited twice is one footnote. In a briefing of stated facts
 * only, a fact whose {@code basis} is not STATED gives no line.
 */
final class BriefingLines {

	private final Words words;

	private final boolean statedOnly;

	private final Map<String, Footnote> footnotes = new LinkedHashMap<>();

	BriefingLines(Words words, boolean statedOnly) {
		this.words = words;
		this.statedOnly = statedOnly;
	}

	/** Whether the briefing shows a fact: any fact, or only a stated one. */
	boolean shows(Map<String, Object> fact) {
		return fact != null && (!this.statedOnly || "STATED".equals(fact.get("basis")));
	}

	/** The line saying a fact, footnoted to its citations; null where the fact is not shown. */
	Line line(String text, Map<String, Object> fact) {
		if (!shows(fact)) {
			return null;
		}
		return new Line(text, notes(List.of(fact)), basis(fact));
	}

	/**
	 * One line for several facts of a kind, such as a commitment's parties, footnoted to all their
	 * citations, with how each a curator inferred or assumed is known; each fact not shown is left
	 * out of it, and no fact shown gives no line.
	 */
	Line line(String key, List<Map<String, Object>> facts, Function<Map<String, Object>, String> name) {
		List<Map<String, Object>> shown = facts.stream().filter(this::shows).toList();
		if (shown.isEmpty()) {
			return null;
		}
		List<String> names = shown.stream().map(name).toList();
		List<String> bases = shown.stream()
			.filter(fact -> basis(fact) != null)
			.map(fact -> (shown.size() > 1) ? name.apply(fact) + ": " + basis(fact) : basis(fact))
			.toList();
		return new Line(this.words.say(key, String.join(", ", names)), notes(shown),
				bases.isEmpty() ? null : String.join("; ", bases));
	}

	/**
	 * The line of a date of a fact, such as a commitment's due date: footnoted to the fact's
	 * citations, and marked with the date's own basis where a curator inferred it.
	 */
	Line dateLine(String key, Map<String, Object> when, Map<String, Object> fact) {
		if (!shows(fact) || !shows(when)) {
			return null;
		}
		String basis = basis(when);
		return new Line(this.words.say(key, this.words.date(when)), notes(List.of(fact)),
				(basis != null) ? basis : basis(fact));
	}

	List<Footnote> footnotes() {
		return List.copyOf(this.footnotes.values());
	}

	private String basis(Map<String, Object> fact) {
		Object basis = fact.get("basis");
		Object reasoning = Objects.requireNonNullElse(fact.get("reasoning"), "");
		if ("INFERRED".equals(basis)) {
			return this.words.say("inferred", reasoning);
		}
		if ("ASSUMED".equals(basis)) {
			return this.words.say("assumed", reasoning);
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private List<Integer> notes(List<Map<String, Object>> facts) {
		Set<Integer> numbers = new LinkedHashSet<>();
		for (Map<String, Object> fact : facts) {
			for (Map<String, Object> citation : (List<Map<String, Object>>) fact.getOrDefault("citations", List.of())) {
				numbers.add(footnote(citation).number());
			}
		}
		return new ArrayList<>(numbers);
	}

	/** A source's date in the page's words, marked where a curator inferred it; none where not shown. */
	private String published(Map<String, Object> published) {
		if (!shows(published)) {
			return null;
		}
		String basis = basis(published);
		return (basis != null) ? this.words.date(published) + " (" + basis + ")" : this.words.date(published);
	}

	@SuppressWarnings("unchecked")
	private Footnote footnote(Map<String, Object> citation) {
		Map<String, Object> source = (Map<String, Object>) citation.get("source");
		String quote = (String) citation.get("quote");
		return this.footnotes.computeIfAbsent(source.get("slug") + "\n" + quote, key -> {
			return new Footnote(this.footnotes.size() + 1, quote, Boolean.TRUE.equals(citation.get("verbatim")),
					(Integer) citation.get("paragraph"), (String) source.get("name"), (String) source.get("publisher"),
					published((Map<String, Object>) source.get("publishedOn")), (String) source.get("url"),
					(String) source.get("noUrl"));
		});
	}

}
