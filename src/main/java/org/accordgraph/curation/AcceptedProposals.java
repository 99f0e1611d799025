package org.accordgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accordgraph.fact.Basis;
import org.accordgraph.format.Problem;
import org.accordgraph.format.RelationshipField;
import org.accordgraph.format.Section;
import org.accordgraph.format.Sections;
import org.accordgraph.proposal.Proposal;
import org.accordgraph.proposal.ProposalKind;

/**
 * The records that the proposals a curator chose make, in the dataset format, each citing the
 * passage of the document its proposal quotes: a proposal's record and each relationship in it
 * cite it, a relationship it infers carries its basis and reasoning. Records that several
 * proposals name (a conference, its co-organisers, its participants) become one. Each record and
 * field remembers where in the curator's input it came from, so that a problem with it names that
 * proposal.
 */
final class AcceptedProposals {

	/** Link kinds: their record only carries the relationship they state. */
	private static final Set<ProposalKind> RELATIONSHIPS = Set.of(ProposalKind.HOST, ProposalKind.CO_ORGANISER,
			ProposalKind.FUNDER, ProposalKind.PARTICIPANT);

	/** The names by which a relationship's map names its end (the format's {@code Link}). */
	private static final List<String> ENDS = List.of("to", "country", "organisation", "actor", "conference", "series",
			"observance", "topic", "instrument", "statement", "source");

	private final Sections sections;

	/** By section, by key: the record the chosen proposals make. */
	private final Map<String, Map<String, Map<String, Object>>> records = new LinkedHashMap<>();

	/** By section and key, and by section, key and field: where in the input it came from first. */
	private final Map<String, List<String>> origins = new LinkedHashMap<>();

	/** The passages cited, by name: their quotes, and the input path of the proposal that quotes each. */
	private final Map<String, String> quotes = new LinkedHashMap<>();

	private final Map<String, List<String>> quoteOrigins = new LinkedHashMap<>();

	private final List<UserError> problems = new ArrayList<>();

	AcceptedProposals(Sections sections) {
		this.sections = sections;
	}

	/**
	 * Adds a chosen proposal's records, with its fields as the curator left them.
	 * @param source the slug of the source its quote is cited from
	 * @param chosenAt where in the input the proposal was chosen ({@code input.proposals.2})
	 * @param path where its fields are: where it was chosen, or edited ({@code input.edits.0})
	 */
	void add(Proposal proposal, Object fields, String source, List<String> chosenAt, List<String> path) {
		String passage = Evidence.passageName(proposal.quote());
		this.quotes.put(passage, proposal.quote());
		this.quoteOrigins.putIfAbsent(passage, chosenAt);
		String cite = source + "#" + passage;
		if (!(fields instanceof Map<?, ?> sectionsGiven) || sectionsGiven.isEmpty()) {
			problem(path, "fields", Problem.Rule.FORMAT,
					"a proposal's fields are sections of the dataset format, each a list of records");
			return;
		}
		sectionsGiven.forEach((name, entries) -> {
			Optional<Section<?>> section = this.sections.named(String.valueOf(name)).filter(s -> s.label() != null);
			List<String> at = append(path, "fields", String.valueOf(name));
			if (section.isEmpty() || !(entries instanceof List<?> list)) {
				problem(at, null, Problem.Rule.NOT_IN_LIST, "'" + name + "' is not a section of records of the dataset format");
				return;
			}
			for (int i = 0; i < list.size(); i++) {
				if (!(list.get(i) instanceof Map<?, ?> entry)) {
					problem(append(at, String.valueOf(i)), null, Problem.Rule.FORMAT, "a record is an object of fields");
					continue;
				}
				add(section.get(), copy(entry), proposal, cite, append(at, String.valueOf(i)));
			}
		});
		for (Proposal.Match match : proposal.matches()) {
			if (match.proposedNew() && names(fields, match.key())) {
				this.sections.ofLabel(this.sections.label(match.label()))
					.filter(section -> !this.records.getOrDefault(section.name(), Map.of()).containsKey(match.key()))
					.ifPresent(section -> {
						Map<String, Object> node = new LinkedHashMap<>();
						node.put(this.sections.label(match.label()).keyProperty(), match.key());
						node.put("name", match.name());
						add(section, node, proposal, cite, append(path, "matches", match.field()));
					});
			}
		}
	}

	/** Whether the fields name that key anywhere: a node proposed new is made only if they still do. */
	private static boolean names(Object fields, String key) {
		if (fields instanceof Map<?, ?> map) {
			return map.values().stream().anyMatch(value -> names(value, key));
		}
		if (fields instanceof List<?> list) {
			return list.stream().anyMatch(value -> names(value, key));
		}
		return key.equals(fields);
	}

	private void add(Section<?> section, Map<String, Object> entry, Proposal proposal, String cite, List<String> path) {
		String keyField = this.sections.label(section.label()).keyProperty();
		Object key = entry.get(keyField);
		if (!(key instanceof String) || ((String) key).isBlank()) {
			problem(append(path, keyField), null, Problem.Rule.REQUIRED, "a record names its " + keyField);
			return;
		}
		boolean relationshipOnly = RELATIONSHIPS.contains(proposal.kind());
		boolean inferred = proposal.basis() == Basis.INFERRED && !carriesBasis(entry);
		addCite(entry, cite);
		if (inferred && !relationshipOnly) {
			entry.putIfAbsent("basis", Basis.INFERRED.name());
			entry.putIfAbsent("reasoning", proposal.reasoning());
		}
		for (Map.Entry<String, Object> field : entry.entrySet()) {
			RelationshipField relationship = relationship(section, field.getKey());
			if (relationship != null && relationship.kind().ownEvidence()) {
				field.setValue(linksCiting(field.getValue(), cite, inferred ? proposal : null));
			}
			else if (relationship == null && field.getValue() instanceof List<?> nested) {
				nested.forEach(item -> {
					if (item instanceof Map<?, ?> nestedEntry) {
						addCite(cast(nestedEntry), cite);
					}
				});
			}
		}
		merge(section.name(), (String) key, entry, path);
	}

	/** A relationship's map (or a list of them) citing the passage; inferred where the proposal is. */
	private static Object linksCiting(Object value, String cite, Proposal inferred) {
		if (value instanceof List<?> list) {
			return list.stream().map(item -> linksCiting(item, cite, inferred)).toList();
		}
		Map<String, Object> link;
		if (value instanceof Map<?, ?> map) {
			link = cast(map);
		}
		else if (value instanceof String to) {
			link = new LinkedHashMap<>(Map.of("to", to));
		}
		else {
			return value;
		}
		addCite(link, cite);
		if (inferred != null) {
			link.putIfAbsent("basis", Basis.INFERRED.name());
			link.putIfAbsent("reasoning", inferred.reasoning());
		}
		return link;
	}

	private void merge(String section, String key, Map<String, Object> entry, List<String> path) {
		Map<String, Object> record = this.records.computeIfAbsent(section, s -> new LinkedHashMap<>()).get(key);
		String id = section + " " + key;
		this.origins.putIfAbsent(id, path);
		if (record == null) {
			record = new LinkedHashMap<>();
			this.records.get(section).put(key, record);
		}
		for (Map.Entry<String, Object> field : entry.entrySet()) {
			String name = field.getKey();
			Object value = field.getValue();
			Object held = record.get(name);
			this.origins.putIfAbsent(id + " " + name, append(path, name));
			if (value instanceof List<?> more && (held == null || held instanceof List<?>)) {
				List<Object> joined = (held != null) ? new ArrayList<>((List<?>) held) : new ArrayList<>();
				for (int i = 0; i < more.size(); i++) {
					Object item = more.get(i);
					int same = sameRecord(joined, item);
					if (same >= 0) {
						joined.set(same, citedByBoth(joined.get(same), item, append(path, name, String.valueOf(i))));
					}
					else if (!joined.contains(item)) {
						this.origins.putIfAbsent(id + " " + name + "[" + joined.size() + "]",
								append(path, name, String.valueOf(i)));
						joined.add(item);
					}
				}
				record.put(name, joined);
			}
			else if (held == null) {
				record.put(name, value);
			}
			else if (!held.equals(value)) {
				problem(append(path, name), null, Problem.Rule.INCONSISTENT, "another chosen proposal gives " + section
						+ " '" + key + "' the " + name + " " + held + ": edit one of them so that they agree");
			}
		}
	}

	/** Where in the list a nested record of the same slug (a post two proposals name) stands; -1 if none. */
	private static int sameRecord(List<Object> list, Object item) {
		if (!(item instanceof Map<?, ?> map) || !(map.get("slug") instanceof String slug)) {
			return -1;
		}
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) instanceof Map<?, ?> other && slug.equals(other.get("slug"))) {
				return i;
			}
		}
		return -1;
	}

	/** One nested record named by two proposals, citing the passages of both; fields they disagree on refused. */
	private Object citedByBoth(Object held, Object more, List<String> path) {
		Map<String, Object> joined = new LinkedHashMap<>(cast((Map<?, ?>) held));
		cast((Map<?, ?>) more).forEach((field, value) -> {
			if (field.equals("cite") && value instanceof List<?> cites) {
				cites.forEach(cite -> addCite(joined, String.valueOf(cite)));
			}
			else if (joined.get(field) == null) {
				joined.put(field, value);
			}
			else if (!joined.get(field).equals(value)) {
				problem(append(path, field), null, Problem.Rule.INCONSISTENT, "another chosen proposal gives it the " + field + " "
						+ joined.get(field) + ": edit one of them so that they agree");
			}
		});
		return joined;
	}

	/** The records made, by section, by key. */
	Map<String, Map<String, Map<String, Object>>> records() {
		return this.records;
	}

	/** The passages the records cite, by name. */
	Map<String, String> quotes() {
		return this.quotes;
	}

	/** What is wrong with the proposals as the curator chose and edited them, before anything is checked. */
	List<UserError> problems() {
		return this.problems;
	}

	/**
	 * Where in the input a record came from, or a field of it.
	 * @param field a field as the format's problems name it ({@code coOrganisers[1].cite}), or null
	 */
	List<String> origin(String section, String key, String field) {
		String id = section + " " + key;
		List<String> record = this.origins.getOrDefault(id, List.of("input", "proposals"));
		if (field == null || field.isEmpty()) {
			return record;
		}
		String[] steps = field.split("\\.", 2);
		String first = steps[0];
		String name = (first.indexOf('[') >= 0) ? first.substring(0, first.indexOf('[')) : first;
		List<String> path = this.origins.get(id + " " + first);
		List<String> rest = (steps.length > 1) ? InputPaths.fieldPath(steps[1]) : List.of();
		if (path == null) {
			path = this.origins.getOrDefault(id + " " + name, record);
			rest = InputPaths.fieldPath(field).subList(path.equals(record) ? 0 : 1, InputPaths.fieldPath(field).size());
		}
		List<String> longer = new ArrayList<>(path);
		longer.addAll(rest);
		return List.copyOf(longer);
	}

	/** Where in the input the proposal quoting that passage came from. */
	List<String> quoteOrigin(String passage) {
		return append(this.quoteOrigins.getOrDefault(passage, List.of("input", "proposals")), "quote");
	}

	/** The field of the section that states a relationship, if it is one. */
	RelationshipField relationship(Section<?> section, String field) {
		return section.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElse(null);
	}

	/** The key of a relationship's end, as its map names it. */
	static String end(Map<String, Object> link) {
		return ENDS.stream().map(link::get).filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null);
	}

	private void problem(List<String> path, String field, Problem.Rule rule, String message) {
		this.problems.add(new UserError((field != null) ? append(path, field) : path, message, rule.name()));
	}

	/** Whether a field of the record already says how it is known (an inferred date). */
	private static boolean carriesBasis(Map<String, Object> entry) {
		return entry.values().stream().anyMatch(value -> value instanceof Map<?, ?> map && map.containsKey("basis"));
	}

	private static void addCite(Map<String, Object> entry, String cite) {
		List<Object> cites = (entry.get("cite") instanceof List<?> given) ? new ArrayList<>(given) : new ArrayList<>();
		if (!cites.contains(cite)) {
			cites.add(cite);
		}
		entry.put("cite", cites);
	}

	static List<String> append(List<String> path, String... steps) {
		List<String> longer = new ArrayList<>(path);
		longer.addAll(List.of(steps));
		return List.copyOf(longer);
	}

	/** A deep copy, so that the batch's proposals stay as they were proposed. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> copy(Map<?, ?> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(String.valueOf(key), copyValue(value)));
		return copy;
	}

	private static Object copyValue(Object value) {
		if (value instanceof Map<?, ?> map) {
			return copy(map);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(item -> copy.add(copyValue(item)));
			return copy;
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

}
