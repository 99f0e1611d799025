package org.accordgraph.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.accordgraph.fact.Basis;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Problem.Rule;

/**
 * Checks records of the dataset format and turns them into the nodes and relationships of a
 * {@link GraphPlan}: the rules every {@link Section} shares (keys, citations and bases, dates as
 * exact as their sources, references that exist), with every problem collected, each naming file,
 * record and field. One mapping serves one dataset: a whole import, or a curator's few records.
 */
public final class Mapping {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_KEY_LENGTH = 100;

	/** The longest text a field of a fact may hold; a source's full text is not a field of a fact. */
	private static final int MAX_TEXT_LENGTH = 10_000;

	private final List<Problem> problems = new ArrayList<>();

	/** Label of every node the dataset defines, by key. */
	private final Map<String, String> labels = new HashMap<>();

	/** Citations by key, with the exact passage for sources whose text we hold. */
	private final Map<String, ResolvedCitation> citations = new HashMap<>();

	private final GraphPlan plan;

	private final Sections sections;

	/** The labels of the GraphQL Node types: what an inference can be said to rest on. */
	private final Set<String> nodeTypes = new HashSet<>();

	private final Map<String, SourceText> texts = new HashMap<>();

	/** Where each citation is defined, for the passages no fact cites. */
	private final Map<String, String> definedAt = new LinkedHashMap<>();

	private final Set<String> cited = new HashSet<>();

	/** Passages found wrong: facts citing them are not reported again. */
	private final Set<String> refusedPassages = new HashSet<>();

	private record ResolvedCitation(String quote, boolean verbatim, DateMentions dates) {
	}

	private final GraphRecords graph;

	private final boolean creating;

	private String where;

	private String section = "";

	private int index = -1;

	/**
	 * @param sections the registry of labels and relationships the plan may name
	 * @param sourceTexts the text of each source that names a text file, by source slug
	 * @param graph the records already in the graph the dataset may name
	 * @param creating whether a key the graph already holds is refused (a curator creating
	 * records) rather than replaced (an import)
	 */
	Mapping(Sections sections, Map<String, String> sourceTexts, GraphRecords graph, boolean creating) {
		sourceTexts.forEach((slug, text) -> this.texts.put(slug, new SourceText(text)));
		this.sections = sections;
		this.plan = new GraphPlan(sections);
		sections.nodeReadings().keySet().forEach(label -> this.nodeTypes.add(label.name()));
		this.graph = graph;
		this.creating = creating;
	}

	/** The record the checks that follow are about, for the problems they report. */
	public void at(String where, String section, int index) {
		this.where = where;
		this.section = section;
		this.index = index;
	}

	public List<Problem> problems() {
		return this.problems;
	}

	public GraphPlan plan() {
		return this.plan;
	}

	/** Reports every passage no fact cites: a dataset holds no passage for nothing. */
	public void requireEveryPassageCited() {
		this.definedAt.forEach((key, definedAt) -> {
			if (!this.cited.contains(key)) {
				at(definedAt, "", -1);
				problem(Rule.INCONSISTENT, key.substring(key.indexOf('#') + 1),
						"is never cited: cite it from a fact or remove it");
			}
		});
	}

	/** What each relationship stated as a fact of its own may lead to, by {@code "<label> <type>"}. */
	public Map<String, Set<String>> linkTargets() {
		return this.sections.links();
	}

	/** The record being checked, for a field of it defined elsewhere: {@code "file section[i] (key)"}. */
	public String where() {
		return this.where;
	}

	// --- keys ---------------------------------------------------------------------------------

	private String keyProperty(String label) {
		return this.sections.label(label).keyProperty();
	}

	/** Defines the key of a node: a slug (or a code), unique in the dataset and, when creating, in the graph. */
	public void define(String key, String label) {
		if (key == null || key.isBlank()) {
			problem(Rule.REQUIRED, keyProperty(label), "is missing");
			return;
		}
		if (key.length() > MAX_KEY_LENGTH) {
			problem(Rule.FORMAT, keyProperty(label), "is longer than " + MAX_KEY_LENGTH + " characters");
		}
		else if (keyProperty(label).equals("slug") && !SLUG.matcher(key).matches()) {
			problem(Rule.FORMAT, "slug", "'" + key + "' is not a slug (lower-case letters and digits joined by hyphens)");
		}
		String previous = this.labels.putIfAbsent(key, label);
		if (previous != null) {
			problem(Rule.DUPLICATE, keyProperty(label), "'" + key + "' is already the key of another record (" + previous + ")");
		}
		else if (this.creating && this.graph.labelOf(key, Set.of(label)) != null) {
			problem(Rule.DUPLICATE, keyProperty(label), "'" + key + "' is already the key of a " + label + " in the graph");
		}
	}

	/** Defines the key of a node named by a value of a controlled list. */
	public <E extends Enum<E>> void defineEnum(String code, String label, Class<E> type) {
		if (parse(code, type, "code") != null) {
			define(code, label);
		}
	}

	// --- passages -----------------------------------------------------------------------------

	/** The text of a source, given with the dataset or else held in the graph; null if neither. */
	public SourceText sourceText(String slug) {
		SourceText text = givenText(slug);
		if (text == null) {
			String held = this.graph.sourceText(slug);
			text = (held != null) ? new SourceText(held) : null;
		}
		return text;
	}

	/** The text of a source, given with the dataset; null if not. */
	public SourceText givenText(String slug) {
		return this.texts.get(slug);
	}

	/** Marks a passage wrong before it is checked: facts citing it are not reported again. */
	public void refusePassage(String key) {
		this.refusedPassages.add(key);
	}

	/**
	 * A citable passage of a source: verbatim, checked against the source's text and stored as it
	 * stands there, when that text is held, unless marked a summary.
	 */
	public void passage(String source, String name, String quote, Boolean verbatim, String note, SourceText text,
			String field, String definedAt) {
		String key = source + "#" + name;
		this.refusedPassages.add(key);
		if (quote == null || quote.isBlank()) {
			problem(Rule.REQUIRED, field, "has no quote");
			return;
		}
		boolean checked = (verbatim != null) ? verbatim : text != null;
		if (checked && text == null) {
			problem(Rule.EVIDENCE, field, "the text of " + source
					+ " is not held, so a verbatim quote cannot be checked: give the source's text, or mark the quote a summary");
			return;
		}
		Map<String, Object> citation = props("key", key, "verbatim", checked, "note", note);
		if (checked) {
			var found = text.find(quote);
			if (found.isEmpty()) {
				problem(Rule.NOT_IN_SOURCE, field, "does not occur in the text of " + source + ": \""
						+ abbreviate(quote) + "\"");
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
		this.citations.put(key, new ResolvedCitation((String) citation.get("quote"), checked,
				new DateMentions((String) citation.get("quote"))));
		this.plan.node("Citation", citation);
		this.plan.relationship("Citation", key, "FROM_SOURCE", "Source", source, Map.of());
	}

	/** Whether the words occur in one of the passages cited (a summary counts: its words cannot be checked). */
	public boolean quotedWordForWord(List<String> cite, String words) {
		String normalised = SourceText.normalise(words);
		return cite.stream()
			.map(this.citations::get)
			.anyMatch(c -> c != null && (!c.verbatim() || SourceText.normalise(c.quote()).contains(normalised)));
	}

	// --- facts ---------------------------------------------------------------------------------

	/**
	 * A node holding facts: its citations and how it is known.
	 * @return those grounds, for the relationships the node's facts state
	 */
	public Map<String, Object> cited(String label, Map<String, Object> props, Known fact, String field) {
		props.forEach((name, value) -> {
			if (value instanceof String text && text.length() > MAX_TEXT_LENGTH) {
				problem(Rule.FORMAT, ((field != null) ? field + "." : "") + name,
						"is longer than " + MAX_TEXT_LENGTH + " characters");
			}
		});
		Map<String, Object> grounds = grounds(fact, (field != null) ? field + "." : "");
		props.putAll(grounds);
		this.plan.node(label, props);
		return grounds;
	}

	/**
	 * The properties that say how a fact is known, checked: citations that exist, a basis, the
	 * reasoning of a fact that is not stated, and the Node-typed facts an inference rests on.
	 */
	private Map<String, Object> grounds(Known fact, String prefix) {
		boolean unsourced = Boolean.TRUE.equals(fact.unsourced());
		checkCitations(fact.cite(), unsourced, prefix + "cite");
		Basis basis = basis(fact.basis(), fact.reasoning(), prefix);
		List<String> restsOn = new ArrayList<>();
		for (String key : fact.restsOn()) {
			String label = labelOf(key, this.nodeTypes);
			if (label == null) {
				problem(Rule.UNKNOWN_REFERENCE, prefix + "restsOn", "'" + key + "' is not the key of a fact the graph holds as a node");
			}
			else {
				restsOn.add(label + ":" + key);
			}
		}
		if (!fact.restsOn().isEmpty() && basis != Basis.INFERRED) {
			problem(Rule.EVIDENCE, prefix + "restsOn", "only an INFERRED fact rests on others");
		}
		return props("citations", fact.cite(), "basis", name(basis), "reasoning", fact.reasoning(), "restsOn",
				restsOn, "unsourced", unsourced ? true : null);
	}

	public Basis basis(String value, String reasoning, String prefix) {
		Basis basis = (value != null) ? parse(value, Basis.class, prefix + "basis") : Basis.STATED;
		boolean reasoned = reasoning != null && !reasoning.isBlank();
		if (basis != null && basis != Basis.STATED && !reasoned) {
			problem(Rule.EVIDENCE, prefix + "reasoning", "an " + basis + " fact needs the curator's reasoning");
		}
		if (basis == Basis.STATED && reasoned) {
			problem(Rule.EVIDENCE, prefix + "reasoning", "a STATED fact is said by its citations; reasoning is for INFERRED or ASSUMED ones");
		}
		return basis;
	}

	/**
	 * Adds the date named {@code name} to the properties (see {@link PartialDate} for how it is
	 * stored), checked against the citations of its fact: a stated date must be named by one of
	 * them to its precision, and hedged if they hedge it.
	 */
	public PartialDate date(Map<String, Object> props, String name, DateEntry entry, List<String> cite,
			String field) {
		if (cite.stream().anyMatch(key -> resolved(key) == null)) {
			return dateNamedBy(props, name, entry, null, field);
		}
		return dateNamedBy(props, name, entry, cite.stream().map(this::resolved).map(ResolvedCitation::dates).toList(),
				field);
	}

	/**
	 * @param mentions the dates the citations of the fact name; null when a citation is wrong, and
	 * whether they name the date cannot be told
	 */
	public PartialDate dateNamedBy(Map<String, Object> props, String name, DateEntry entry,
			List<DateMentions> mentions, String field) {
		if (entry == null) {
			return null;
		}
		PartialDate parsed;
		try {
			parsed = PartialDate.parse(require(entry.date(), field + ".date"));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problem(Rule.FORMAT, field, (entry.date() == null) ? "has no date" : ex.getMessage());
			return null;
		}
		Basis basis = basis(entry.basis(), entry.reasoning(), field + ".");
		boolean approximate = Boolean.TRUE.equals(entry.approximate());
		PartialDate date = parsed.withWords(approximate, entry.text(), basis, entry.reasoning());
		if (basis == Basis.STATED && mentions != null) {
			if (mentions.stream().noneMatch(m -> m.names(date))) {
				problem(Rule.EVIDENCE, field, "no citation of the fact names " + date.iso() + " (" + date.precision().name().toLowerCase()
						+ "): make it as exact as they are, or mark it INFERRED or ASSUMED with reasoning");
			}
			else if (!approximate && mentions.stream().anyMatch(m -> m.hedges(date))) {
				problem(Rule.EVIDENCE, field, "its citation hedges " + date.iso() + " (\"about\", \"around\", \"at least\"): set approximate");
			}
		}
		props.put(name, date.earliest());
		props.put(name + "Latest", date.latest());
		props.put(name + "Precision", date.precision().name());
		props.put(name + "Approximate", approximate ? true : null);
		props.put(name + "Text", date.text());
		props.put(name + "Basis", name(basis));
		props.put(name + "Reasoning", date.reasoning());
		return date;
	}

	public void link(String fromLabel, String fromKey, String type, Link link, String field) {
		if (link != null) {
			addLink(fromLabel, fromKey, type, link, field, this.sections.links().get(fromLabel + " " + type));
		}
	}

	public void links(String fromLabel, String fromKey, String type, List<Link> links, String field) {
		for (int i = 0; i < links.size(); i++) {
			addLink(fromLabel, fromKey, type, links.get(i), field + "[" + i + "]", this.sections.links().get(fromLabel + " " + type));
		}
	}

	public void addLink(String fromLabel, String fromKey, String type, Link link, String field, Set<String> targets) {
		Map<String, Object> props = grounds(link, field + ".");
		props.put("note", link.note());
		props.put("delegation", link.delegation());
		String label = target(link.to(), field, targets);
		if (label != null) {
			this.plan.relationship(fromLabel, fromKey, type, label, link.to(), props);
		}
	}

	/** A relationship stated by the facts of its node: it carries the node's grounds. */
	public void ref(String fromLabel, String fromKey, String type, String key, String field, Set<String> targets,
			Map<String, Object> grounds, boolean required) {
		if (key == null) {
			if (required) {
				problem(Rule.REQUIRED, field, "is missing");
			}
			return;
		}
		String label = target(key, field, targets);
		if (label != null) {
			this.plan.relationship(fromLabel, fromKey, type, label, key, grounds);
		}
	}

	/** Relationships to nodes named by values of a controlled list (themes), stated by the node's own facts. */
	public <E extends Enum<E>> void enumRefs(String fromLabel, String fromKey, String type, String toLabel,
			List<String> values, Class<E> list, String field, Map<String, Object> grounds) {
		for (String value : values) {
			if (parse(value, list, field) != null) {
				this.plan.relationship(fromLabel, fromKey, type, toLabel, value, grounds);
			}
		}
	}

	public String target(String key, String field, Set<String> targets) {
		if (key == null) {
			problem(Rule.REQUIRED, field, "names no target");
			return null;
		}
		String label = labelOf(key, targets);
		if (label == null) {
			problem(Rule.UNKNOWN_REFERENCE, field, "'" + key + "' is not a known " + String.join(" or ", targets.stream().sorted().toList()));
			return null;
		}
		return label;
	}

	/** The label of the record, defined here or else in the graph, if it is one of {@code labels}. */
	private String labelOf(String key, Set<String> labels) {
		String label = this.labels.get(key);
		if (label != null) {
			return labels.contains(label) ? label : null;
		}
		return this.graph.labelOf(key, labels);
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
			problem(Rule.EVIDENCE, field, "a fact needs at least one citation, or else to be marked unsourced");
		}
		if (!cite.isEmpty() && unsourced) {
			problem(Rule.INCONSISTENT, field, "a fact with citations is not unsourced");
		}
		for (String key : cite) {
			if (resolved(key) == null && !this.refusedPassages.contains(key)) {
				problem(Rule.UNKNOWN_REFERENCE, field, "'" + key + "' is not a citation of any source (expected \"<source>#<citation>\")");
			}
			this.cited.add(key);
		}
	}

	public static void localNames(Map<String, Object> props, Map<String, String> names) {
		names.forEach((language, name) -> props.put("name_" + language, name));
	}

	public <E extends Enum<E>> E parse(String value, Class<E> type, String field) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problem(Rule.NOT_IN_LIST, field, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
			return null;
		}
	}

	public static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	public <T> T require(T value, String field) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			problem(Rule.REQUIRED, field, "is missing");
		}
		return value;
	}

	public static Map<String, Object> props(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	/** Runs the action on each entry, with problems reported as "file section[i] (key).field". */
	public void problem(Rule rule, String field, String message) {
		this.problems.add(new Problem(this.where, this.section, this.index, field, rule, message));
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

}
