package org.accordgraph.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.fact.Basis;
import org.accordgraph.fact.PartialDate;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Problem.Rule;

/**
 * What a {@link Section} checks its records with and writes them into: the rules every section
 * shares, each kept by the class of its concern ({@link KeyRules keys}, {@link CitationRules citations
 * and bases}, {@link DateRules dates}, {@link LinkRules links}), the {@link GraphPlan} the records
 * become, and the {@link Problems} found, each naming file, record and field. One mapping serves
 * one dataset: a whole import, or a curator's few records.
 */
public final class Mapping {

	private final Problems problems = new Problems();

	private final GraphPlan plan;

	private final Sections sections;

	private final KeyRules keys;

	private final CitationRules citations;

	private final DateRules dates;

	private final LinkRules links;

	/**
	 * @param sections the registry of labels and relationships the plan may name
	 * @param sourceTexts the text of each source that names a text file, by source slug
	 * @param graph the records already in the graph the dataset may name
	 * @param creating whether a key the graph already holds is refused (a curator creating
	 * records) rather than replaced (an import)
	 */
	Mapping(Sections sections, Map<String, String> sourceTexts, GraphRecords graph, boolean creating) {
		this.sections = sections;
		this.plan = new GraphPlan(sections);
		this.keys = new KeyRules(sections, graph, creating, this.problems);
		this.citations = new CitationRules(sections, sourceTexts, graph, this.keys, this.plan, this.problems);
		this.dates = new DateRules(this.citations, this.problems);
		this.links = new LinkRules(sections, this.keys, this.citations, this.plan, this.problems);
	}

	/** The record the checks that follow are about, for the problems they report. */
	public void at(String where, String section, int index) {
		this.problems.at(where, section, index);
	}

	/** The record being checked, for a field of it defined elsewhere: {@code "file section[i] (key)"}. */
	public String where() {
		return this.problems.where();
	}

	public List<Problem> problems() {
		return this.problems.found();
	}

	public void problem(Rule rule, String field, String message) {
		this.problems.report(rule, field, message);
	}

	public <T> T require(T value, String field) {
		return this.problems.require(value, field);
	}

	/** The value of a controlled list named by {@code value}; null, with a problem, if it names none. */
	public <E extends Enum<E>> E parse(String value, Class<E> type, String field) {
		return this.problems.oneOf(value, type, field);
	}

	public GraphPlan plan() {
		return this.plan;
	}

	// --- keys ---------------------------------------------------------------------------------

	/** Defines the key of a node: a slug (or a code), unique in the dataset and, when creating, in the graph. */
	public void define(String key, String label) {
		this.keys.define(key, label);
	}

	/** Defines the key of a node named by a value of a controlled list. */
	public <E extends Enum<E>> void defineEnum(String code, String label, Class<E> type) {
		if (parse(code, type, "code") != null) {
			define(code, label);
		}
	}

	/** The label of the record a reference names, if it is one of {@code targets}; null, with a problem, if not. */
	public String target(String key, String field, Set<String> targets) {
		return this.keys.target(key, field, targets);
	}

	// --- citations and bases ------------------------------------------------------------------

	/** The text of a source, given with the dataset or else held in the graph; null if neither. */
	public SourceText sourceText(String slug) {
		return this.citations.sourceText(slug);
	}

	/** The text of a source, given with the dataset; null if not. */
	public SourceText givenText(String slug) {
		return this.citations.givenText(slug);
	}

	/** Marks a passage wrong before it is checked: facts citing it are not reported again. */
	public void refusePassage(String key) {
		this.citations.refusePassage(key);
	}

	/**
	 * A citable passage of a source: verbatim, checked against the source's text and stored as it
	 * stands there, when that text is held, unless marked a summary.
	 */
	public void passage(String source, String name, String quote, Boolean verbatim, String note, SourceText text,
			String field, String definedAt) {
		this.citations.passage(source, name, quote, verbatim, note, text, field, definedAt);
	}

	/** Whether the words occur in one of the passages cited (a summary counts: its words cannot be checked). */
	public boolean quotedWordForWord(List<String> cite, String words) {
		return this.citations.quotedWordForWord(cite, words);
	}

	/** Reports every passage no fact cites: a dataset holds no passage for nothing. */
	public void requireEveryPassageCited() {
		this.citations.requireEveryPassageCited();
	}

	/**
	 * A node holding facts: its citations and how it is known.
	 * @return those grounds, for the relationships the node's facts state
	 */
	public Map<String, Object> cited(String label, Map<String, Object> props, Known fact, String field) {
		String prefix = (field != null) ? field + "." : "";
		Map<String, Object> grounds = this.citations.grounds(fact, prefix);
		props.putAll(grounds);
		this.plan.node(label, props);
		return grounds;
	}

	public Basis basis(String value, String reasoning, String prefix) {
		return this.citations.basis(value, reasoning, prefix);
	}

	// --- dates --------------------------------------------------------------------------------

	/**
	 * Adds the date named {@code name} to the properties (see {@link PartialDate} for how it is
	 * stored), checked against the citations of its fact.
	 */
	public PartialDate date(Map<String, Object> props, String name, DateEntry entry, List<String> cite, String field) {
		return this.dates.date(props, name, entry, cite, field);
	}

	/** A date checked against the dates {@code mentions} names (null: they cannot be told). */
	public PartialDate dateNamedBy(Map<String, Object> props, String name, DateEntry entry, List<DateMentions> mentions,
			String field) {
		return this.dates.dateNamedBy(props, name, entry, mentions, field);
	}

	// --- links --------------------------------------------------------------------------------

	/** What each relationship stated as a fact of its own may lead to, by {@code "<label> <type>"}. */
	public Map<String, Set<String>> linkTargets() {
		return this.sections.links();
	}

	/** A relationship stated as a fact of its own, with its citations and basis. */
	public void link(String fromLabel, String fromKey, String type, Link link, String field) {
		this.links.link(fromLabel, fromKey, type, link, field);
	}

	public void links(String fromLabel, String fromKey, String type, List<Link> links, String field) {
		this.links.links(fromLabel, fromKey, type, links, field);
	}

	public void addLink(String fromLabel, String fromKey, String type, Link link, String field, Set<String> targets) {
		this.links.addLink(fromLabel, fromKey, type, link, field, targets);
	}

	/** A relationship stated by the facts of its node: it carries the node's grounds. */
	public void ref(String fromLabel, String fromKey, String type, String key, String field, Set<String> targets,
			Map<String, Object> grounds, boolean required) {
		this.links.ref(fromLabel, fromKey, type, key, field, targets, grounds, required);
	}

	/** Relationships to nodes named by values of a controlled list (themes), stated by the node's own facts. */
	public <E extends Enum<E>> void enumRefs(String fromLabel, String fromKey, String type, String toLabel,
			List<String> values, Class<E> list, String field, Map<String, Object> grounds) {
		this.links.enumRefs(fromLabel, fromKey, type, toLabel, values, list, field, grounds);
	}

	// --- properties ---------------------------------------------------------------------------

	public static void localNames(Map<String, Object> props, Map<String, String> names) {
		names.forEach((language, name) -> props.put("name_" + language, name));
	}

	public static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	public static Map<String, Object> props(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

}
