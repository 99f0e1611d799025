package org.accordgraph.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.fact.Basis;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Problem.Rule;

/**
 * How a dataset's facts are known, checked: the passages of sources they cite (verbatim quotes
 * found in the source's text where it is held), their basis and its reasoning, and the facts an
 * inference rests on.
 */
final class CitationRules {

	private record ResolvedCitation(String quote, boolean verbatim, DateMentions dates) {
	}

	/** Citations by key, defined here or read from the graph. */
	private final Map<String, ResolvedCitation> citations = new HashMap<>();

	private final Map<String, SourceText> texts = new HashMap<>();

	/** Where each citation is defined, for the passages no fact cites. */
	private final Map<String, String> definedAt = new LinkedHashMap<>();

	private final Set<String> cited = new HashSet<>();

	/** Passages found wrong: facts citing them are not reported again. */
	private final Set<String> refusedPassages = new HashSet<>();

	/** The labels of the GraphQL Node types: what an inference can be said to rest on. */
	private final Set<String> nodeTypes = new HashSet<>();

	private final GraphRecords graph;

	private final KeyRules keys;

	private final GraphPlan plan;

	private final Problems problems;

	CitationRules(Sections sections, Map<String, String> sourceTexts, GraphRecords graph, KeyRules keys, GraphPlan plan,
			Problems problems) {
		sourceTexts.forEach((slug, text) -> this.texts.put(slug, new SourceText(text)));
		sections.nodeReadings().keySet().forEach(label -> this.nodeTypes.add(label.name()));
		this.graph = graph;
		this.keys = keys;
		this.plan = plan;
		this.problems = problems;
	}

	SourceText sourceText(String slug) {
		SourceText text = givenText(slug);
		if (text == null) {
			String held = this.graph.sourceText(slug);
			text = (held != null) ? new SourceText(held) : null;
		}
		return text;
	}

	SourceText givenText(String slug) {
		return this.texts.get(slug);
	}

	void refusePassage(String key) {
		this.refusedPassages.add(key);
	}

	void passage(String source, String name, String quote, Boolean verbatim, String note, SourceText text, String field,
			String definedAt) {
		String key = source + "#" + name;
		this.refusedPassages.add(key);
		if (quote == null || quote.isBlank()) {
			this.problems.report(Rule.REQUIRED, field, "has no quote");
			return;
		}
		boolean checked = (verbatim != null) ? verbatim : text != null;
		if (checked && text == null) {
			this.problems.report(Rule.EVIDENCE, field, "the text of " + source
					+ " is not held, so a verbatim quote cannot be checked: give the source's text, or mark the quote a summary");
			return;
		}
		Map<String, Object> citation = Mapping.props("key", key, "verbatim", checked, "note", note);
		if (checked) {
			var found = text.find(quote);
			if (found.isEmpty()) {
				this.problems.report(Rule.NOT_IN_SOURCE, field,
						"does not occur in the text of " + source + ": \"" + abbreviate(quote) + "\"");
				return;
			}
			citation.put("quote", found.get().exactText());
			citation.put("offset", found.get().offset());
			citation.put("paragraph", found.get().paragraph());
		}
		else {
			citation.put("quote", quote.strip());
		}
		this.refusedPassages.remove(key);
		this.definedAt.put(key, definedAt);
		String stored = (String) citation.get("quote");
		this.citations.put(key, new ResolvedCitation(stored, checked, new DateMentions(stored)));
		this.plan.node("Citation", citation);
		this.plan.relationship("Citation", key, "FROM_SOURCE", "Source", source, Map.of());
	}

	boolean quotedWordForWord(List<String> cite, String words) {
		String normalised = SourceText.normalise(words);
		return cite.stream()
			.map(this::resolved)
			.anyMatch(c -> c != null && (!c.verbatim() || SourceText.normalise(c.quote()).contains(normalised)));
	}

	void requireEveryPassageCited() {
		this.definedAt.forEach((key, definedAt) -> {
			if (!this.cited.contains(key)) {
				this.problems.at(definedAt, "", -1);
				this.problems.report(Rule.INCONSISTENT, key.substring(key.indexOf('#') + 1),
						"is never cited: cite it from a fact or remove it");
			}
		});
	}

	/**
	 * The dates the passages of {@code cite} name; null when one of them is wrong, and whether they
	 * name a date cannot be told.
	 */
	List<DateMentions> datesNamedBy(List<String> cite) {
		List<DateMentions> mentions = new ArrayList<>();
		for (String key : cite) {
			ResolvedCitation citation = resolved(key);
			if (citation == null) {
				return null;
			}
			mentions.add(citation.dates());
		}
		return mentions;
	}

	/**
	 * The properties that say how a fact is known, checked: citations that exist, a basis, the
	 * reasoning of a fact that is not stated, and the Node-typed facts an inference rests on.
	 */
	Map<String, Object> grounds(Known fact, String prefix) {
		boolean unsourced = Boolean.TRUE.equals(fact.unsourced());
		checkCitations(fact.cite(), unsourced, prefix + "cite");
		Basis basis = basis(fact.basis(), fact.reasoning(), prefix);
		List<String> restsOn = new ArrayList<>();
		for (String key : fact.restsOn()) {
			String label = this.keys.labelOf(key, this.nodeTypes);
			if (label == null) {
				this.problems.report(Rule.UNKNOWN_REFERENCE, prefix + "restsOn",
						"'" + key + "' is not the key of a fact the graph holds as a node");
			}
			else {
				restsOn.add(label + ":" + key);
			}
		}
		if (!fact.restsOn().isEmpty() && basis != Basis.INFERRED) {
			this.problems.report(Rule.EVIDENCE, prefix + "restsOn", "only an INFERRED fact rests on others");
		}
		return Mapping.props("citations", fact.cite(), "basis", Mapping.name(basis), "reasoning", fact.reasoning(),
				"restsOn", restsOn, "unsourced", unsourced ? true : null);
	}

	Basis basis(String value, String reasoning, String prefix) {
		Basis basis = (value != null) ? this.problems.oneOf(value, Basis.class, prefix + "basis") : Basis.STATED;
		boolean reasoned = reasoning != null && !reasoning.isBlank();
		if (basis != null && basis != Basis.STATED && !reasoned) {
			this.problems.report(Rule.EVIDENCE, prefix + "reasoning", "an " + basis + " fact needs the curator's reasoning");
		}
		if (basis == Basis.STATED && reasoned) {
			this.problems.report(Rule.EVIDENCE, prefix + "reasoning",
					"a STATED fact is said by its citations; reasoning is for INFERRED or ASSUMED ones");
		}
		return basis;
	}

	/** The passage of that key, defined here or else in the graph; null if there is none. */
	private ResolvedCitation resolved(String key) {
		ResolvedCitation citation = this.citations.get(key);
		if (citation == null && !this.refusedPassages.contains(key)) {
			GraphRecords.Passage passage = this.graph.passage(key);
			if (passage != null) {
				citation = new ResolvedCitation(passage.quote(), passage.verbatim(), new DateMentions(passage.quote()));
				this.citations.put(key, citation);
			}
		}
		return citation;
	}

	private void checkCitations(List<String> cite, boolean unsourced, String field) {
		if (cite.isEmpty() && !unsourced) {
			this.problems.report(Rule.EVIDENCE, field, "a fact needs at least one citation, or else to be marked unsourced");
		}
		if (!cite.isEmpty() && unsourced) {
			this.problems.report(Rule.INCONSISTENT, field, "a fact with citations is not unsourced");
		}
		for (String key : cite) {
			if (resolved(key) == null && !this.refusedPassages.contains(key)) {
				this.problems.report(Rule.UNKNOWN_REFERENCE, field,
						"'" + key + "' is not a citation of any source (expected \"<source>#<citation>\")");
			}
			this.cited.add(key);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

}
