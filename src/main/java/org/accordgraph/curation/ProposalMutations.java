package org.accordgraph.curation;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.dataset.DatasetExporter;
import org.accordgraph.dataset.DatasetExporter.Exported;
import org.accordgraph.evidence.Source;
import org.accordgraph.fact.Basis;
import org.accordgraph.format.DatasetWrites;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.GraphChange;
import org.accordgraph.format.Label;
import org.accordgraph.format.Problem;
import org.accordgraph.format.RelationshipField;
import org.accordgraph.format.Section;
import org.accordgraph.format.Sections;
import org.accordgraph.format.WriteMode;
import org.accordgraph.format.Written;
import org.accordgraph.graphql.NodeTypes;
import org.accordgraph.proposal.DocumentSource;
import org.accordgraph.proposal.Proposal;
import org.accordgraph.proposal.ProposalBatch;
import org.accordgraph.proposal.ProposalBatches;
import org.accordgraph.proposal.Slugs;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Curators accept the facts proposed from a document: the chosen proposals, with the curator's
 * edits, become records of the dataset format citing the document, and are written as one change
 * through the import's own path: the document as a new source holding its full text (or the
 * source in the graph it was proposed from), the nodes the proposals create, and the relationships
 * they add to the graph's own nodes.
 */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class ProposalMutations {

	/** What a source created from a pasted text says of its address when it was given none. */
	static final String NO_URL = "The text was pasted by a curator without the address it was published at.";

	private static final String OPERATION = "acceptProposals";

	private final Curation curation;

	private final ProposalBatches batches;

	private final DatasetWrites writes;

	private final DatasetExporter exporter;

	private final Sections sections;

	private final Versions versions;

	private final NodeTypes nodes;

	ProposalMutations(Curation curation, ProposalBatches batches, DatasetWrites writes, DatasetExporter exporter,
			Sections sections, Versions versions, NodeTypes nodes) {
		this.curation = curation;
		this.batches = batches;
		this.writes = writes;
		this.exporter = exporter;
		this.sections = sections;
		this.versions = versions;
		this.nodes = nodes;
	}

	record AcceptProposalsInput(String batch, List<String> proposals, List<ProposalEdit> edits,
			DocumentSourceInput source) {
	}

	record ProposalEdit(String proposal, Object fields) {
	}

	record DocumentSourceInput(String slug, String title, String publisher, String url, String noUrl,
			DateEntry publishedOn) {
	}

	record AcceptProposalsPayload(Source source, List<Object> created, List<UserError> userErrors) {
	}

	@MutationMapping
	AcceptProposalsPayload acceptProposals(@Argument AcceptProposalsInput input, Principal curator) {
		if (input.proposals().isEmpty()) {
			return refused(new UserError(List.of("input", "proposals"), "choose at least one proposal to accept",
					Problem.Rule.REQUIRED.name()));
		}
		ProposalBatch batch = this.batches.find(input.batch()).orElse(null);
		if (batch == null) {
			return refused(new UserError(List.of("input", "batch"), this.batches.missing(input.batch()),
					Problem.Rule.UNKNOWN_REFERENCE.name()));
		}
		Optional<Instant> accepted = this.batches.acceptedAt(batch.id());
		if (accepted.isPresent()) {
			return refused(new UserError(List.of("input", "batch"),
					this.batches.acceptedAlready(batch.id(), accepted.get().toString()), Problem.Rule.INCONSISTENT.name()));
		}
		return accept(batch, input, curator.getName());
	}

	private AcceptProposalsPayload accept(ProposalBatch batch, AcceptProposalsInput input, String curator) {
		List<UserError> errors = new ArrayList<>();
		Map<String, ProposalEdit> edits = new HashMap<>();
		Map<String, Integer> editIndex = new HashMap<>();
		List<ProposalEdit> givenEdits = (input.edits() != null) ? input.edits() : List.of();
		for (int j = 0; j < givenEdits.size(); j++) {
			ProposalEdit edit = givenEdits.get(j);
			if (!input.proposals().contains(edit.proposal())) {
				errors.add(new UserError(List.of("input", "edits", String.valueOf(j), "proposal"), "'" + edit.proposal()
						+ "' is not among the proposals accepted: add it to `proposals`, or leave its edit out",
						Problem.Rule.INCONSISTENT.name()));
			}
			edits.put(edit.proposal(), edit);
			editIndex.put(edit.proposal(), j);
		}
		String source = sourceSlug(batch, input.source());
		AcceptedProposals chosen = new AcceptedProposals(this.sections);
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < input.proposals().size(); i++) {
			String id = input.proposals().get(i);
			List<String> path = List.of("input", "proposals", String.valueOf(i));
			Optional<Proposal> proposal = batch.proposal(id);
			if (proposal.isEmpty()) {
				errors.add(new UserError(path, "the batch has no proposal '" + id + "'", Problem.Rule.UNKNOWN_REFERENCE.name()));
				continue;
			}
			if (!seen.add(id)) {
				continue;
			}
			ProposalEdit edit = edits.get(id);
			if (edit == null && proposal.get().duplicateOf() != null) {
				errors.add(new UserError(path, "the graph already holds this fact ('" + proposal.get().duplicateOf()
						+ "'): leave the proposal out, or edit it into one the graph lacks", Problem.Rule.DUPLICATE.name()));
				continue;
			}
			chosen.add(proposal.get(), (edit != null) ? edit.fields() : proposal.get().fields(), source, path,
					(edit != null) ? List.of("input", "edits", String.valueOf(editIndex.get(id))) : path);
		}
		errors.addAll(chosen.problems());
		if (!errors.isEmpty()) {
			return refused(errors.toArray(UserError[]::new));
		}
		Map<String, List<Object>> origins = new HashMap<>();
		Outcome outcome = this.curation.change(OPERATION, problem -> pathOf(problem, origins, chosen),
				() -> prepare(batch, input.source(), source, chosen, origins, curator));
		if (!outcome.made()) {
			return new AcceptProposalsPayload(null, List.of(), outcome.userErrors());
		}
		List<Object> created = outcome.written()
			.changes()
			.stream()
			.filter(change -> change.label() != null && change.before() == null)
			.map(change -> this.nodes.find(change.label() + ":" + change.key()).orElse(null))
			.filter(node -> node != null && !(node instanceof Source))
			.toList();
		return new AcceptProposalsPayload(this.nodes.find(Source.class, source).orElse(null), created, List.of());
	}

	/**
	 * The records the graph lacks, relationships added to records it holds ({@code links}), and
	 * records it holds that gain other fields (a post of a person), as they now stand with those
	 * added, written together in the change's transaction, so that each may name the others.
	 * Since the records it holds are written whole, the write replaces records of their keys;
	 * one that the graph lacked when read but holds when written (another curator's, made in
	 * between) refuses the change rather than be replaced.
	 */
	private Prepared prepare(ProposalBatch batch, DocumentSourceInput given, String source, AcceptedProposals chosen,
			Map<String, List<Object>> origins, String curator) {
		origins.clear();
		Optional<String> taken = this.batches.markAccepted(batch.id(), curator);
		if (taken.isPresent()) {
			return Prepared.refused(new UserError(List.of("input", "batch"), taken.get(), Problem.Rule.INCONSISTENT.name()));
		}
		Map<String, List<Object>> created = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		Set<String> made = new HashSet<>();
		if (batch.source().source() != null) {
			chosen.quotes().forEach((name, quote) -> add(created, origins, "passages",
					Map.of("source", source, "name", name, "quote", quote), chosen.quoteOrigin(name)));
		}
		else {
			if (this.exporter.record("Source", source).isPresent()) {
				return Prepared.refused(new UserError(List.of("input", "source", "slug"), "the graph holds a source '" + source
						+ "' already: give the document a slug of its own", Problem.Rule.DUPLICATE.name()));
			}
			add(created, origins, "sources", newSource(batch, given, source, chosen.quotes()), List.of("input", "source"));
			texts.put(source, batch.text());
			made.add("Source:" + source);
		}
		for (var section : chosen.records().entrySet()) {
			Section<?> format = this.sections.named(section.getKey()).orElseThrow();
			Label label = this.sections.label(format.label());
			for (var record : section.getValue().entrySet()) {
				String key = record.getKey();
				Optional<Exported> holding = this.exporter.record(label.name(), key);
				if (holding.isEmpty()) {
					add(created, origins, section.getKey(), record.getValue(), new RecordOf(section.getKey(), key));
					made.add(label.name() + ":" + key);
					continue;
				}
				Map<String, Object> standing = new LinkedHashMap<>(holding.get().entry());
				boolean grows = false;
				for (var field : record.getValue().entrySet()) {
					String name = field.getKey();
					List<String> origin = chosen.origin(section.getKey(), key, name);
					RelationshipField relationship = chosen.relationship(format, name);
					if (name.equals(label.keyProperty()) || Set.of("cite", "basis", "reasoning").contains(name)) {
						continue;
					}
					if (relationship != null && relationship.kind().ownEvidence()) {
						if (field.getValue() instanceof List<?> list) {
							for (int i = 0; i < list.size(); i++) {
								add(created, origins, "links", link(key, relationship, list.get(i)),
										chosen.origin(section.getKey(), key, name + "[" + i + "]"));
							}
						}
						else {
							add(created, origins, "links", link(key, relationship, field.getValue()), origin);
						}
						UserError missing = this.versions.lockAndRaise(label, key, "proposals");
						if (missing != null) {
							return Prepared.refused(missing);
						}
						continue;
					}
					Object standingValue = standing.get(name);
					if (standingValue == null) {
						standing.put(name, field.getValue());
						grows = true;
					}
					else if (standingValue instanceof List<?> standingList && field.getValue() instanceof List<?> more) {
						List<Object> joined = new ArrayList<>(standingList);
						more.stream().filter(item -> !holds(joined, item)).forEach(joined::add);
						grows |= joined.size() > standingList.size();
						standing.put(name, joined);
					}
					else if (!standingValue.equals(field.getValue())) {
						return Prepared.refused(new UserError(origin, "the graph's " + label + " '" + key + "' has the "
								+ name + " " + standingValue + ": leave the field out, or change it with updateNode",
								Problem.Rule.INCONSISTENT.name()));
					}
				}
				if (grows) {
					add(created, origins, section.getKey(), standing, new RecordOf(section.getKey(), key));
					texts.putAll(holding.get().sourceTexts());
				}
			}
		}
		Written written = this.writes.write(OPERATION, this.writes.read(OPERATION, Map.copyOf(created)), texts,
				WriteMode.MERGE, true);
		for (GraphChange change : written.changes()) {
			if (change.label() != null && change.before() != null && made.contains(change.label() + ":" + change.key())) {
				return Prepared.refused(new UserError(List.of("input", "proposals"), change.label() + " '" + change.key()
						+ "' was made by another change while this one was written: propose and accept again",
						Problem.Rule.DUPLICATE.name()));
			}
		}
		return Prepared.applied(written);
	}

	/** A nested record (a post) is held already where the graph's record has one of its key. */
	private static boolean holds(List<Object> standing, Object item) {
		if (standing.contains(item)) {
			return true;
		}
		return item instanceof Map<?, ?> map && map.get("slug") != null
				&& standing.stream().anyMatch(s -> s instanceof Map<?, ?> other && map.get("slug").equals(other.get("slug")));
	}

	private static Map<String, Object> link(String from, RelationshipField relationship, Object value) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("from", from);
		link.put("type", relationship.type());
		if (value instanceof Map<?, ?> map) {
			@SuppressWarnings("unchecked")
			Map<String, Object> given = (Map<String, Object>) map;
			link.put("to", AcceptedProposals.end(given));
			for (String field : List.of("cite", "note", "delegation", "basis", "reasoning", "restsOn", "unsourced")) {
				if (given.get(field) != null) {
					link.put(field, given.get(field));
				}
			}
		}
		return link;
	}

	private Map<String, Object> newSource(ProposalBatch batch, DocumentSourceInput given, String slug,
			Map<String, String> quotes) {
		DocumentSource told = batch.source();
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("slug", slug);
		putGiven(source, "title", (given != null) ? given.title() : null, told.title());
		putGiven(source, "publisher", (given != null) ? given.publisher() : null, told.publisher());
		putGiven(source, "url", (given != null) ? given.url() : null, told.url());
		if (source.get("url") == null) {
			source.put("noUrl", (given != null && given.noUrl() != null) ? given.noUrl() : NO_URL);
		}
		if (given != null && given.publishedOn() != null) {
			source.put("publishedOn", given.publishedOn());
		}
		else if (told.publishedOn() != null) {
			source.put("publishedOn", Map.of("date", told.publishedOn().toString(), "basis", Basis.INFERRED.name(),
					"reasoning", "The curator gave this date with the document when proposing its facts; "
							+ "the document's words cited do not say when it was published."));
		}
		source.put("language", batch.languageTag());
		source.put("text", RecordMutations.GIVEN_TEXT);
		source.put("citations", quotes);
		return source;
	}

	private static void putGiven(Map<String, Object> source, String field, String given, String told) {
		String value = (given != null && !given.isBlank()) ? given : told;
		if (value != null && !value.isBlank()) {
			source.put(field, value.strip());
		}
	}

	/** The source the document is cited as: the one in the graph it was proposed from, or a new one. */
	private static String sourceSlug(ProposalBatch batch, DocumentSourceInput given) {
		if (batch.source().source() != null) {
			return batch.source().source();
		}
		if (given != null && given.slug() != null && !given.slug().isBlank()) {
			return given.slug().strip();
		}
		DocumentSource told = batch.source();
		String name = firstOf((given != null) ? given.title() : null, told.title(),
				(given != null) ? given.publisher() : null, told.publisher(), "document");
		String date = (given != null && given.publishedOn() != null) ? given.publishedOn().date()
				: (told.publishedOn() != null) ? told.publishedOn().toString() : null;
		String[] words = Slugs.of(name).split("-");
		String shortName = String.join("-", List.of(words).subList(0, Math.min(6, words.length)));
		return Slugs.of(shortName, (date != null) ? date : batch.id().substring(0, 8));
	}

	private static String firstOf(String... values) {
		return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).findFirst().orElseThrow();
	}

	private static void add(Map<String, List<Object>> records, Map<String, List<Object>> origins, String section,
			Object record, Object origin) {
		records.computeIfAbsent(section, s -> new ArrayList<>()).add(record);
		origins.computeIfAbsent(section, s -> new ArrayList<>()).add(origin);
	}

	/**
	 * Where in the input a problem of the records lies: the proposal, or the edit, that made the
	 * record or the field of it.
	 */
	private static UserError pathOf(Problem problem, Map<String, List<Object>> origins, AcceptedProposals chosen) {
		String section = problem.section();
		List<Object> inSection = origins.getOrDefault(section, List.of());
		List<String> path;
		if (section.equals("sources") && problem.field().startsWith("citations.")) {
			path = chosen.quoteOrigin(problem.field().substring("citations.".length()));
		}
		else if (problem.index() < 0 || problem.index() >= inSection.size()) {
			path = List.of("input", "proposals");
		}
		else if (inSection.get(problem.index()) instanceof RecordOf record) {
			path = chosen.origin(record.section(), record.key(), problem.field());
		}
		else {
			@SuppressWarnings("unchecked")
			List<String> given = (List<String>) inSection.get(problem.index());
			path = new ArrayList<>(given);
			List<String> field = InputPaths.fieldPath(problem.field());
			if (!field.isEmpty() && !field.get(0).equals(path.get(path.size() - 1))) {
				path.addAll(field);
			}
		}
		return new UserError(List.copyOf(path), problem.message(), problem.rule().name());
	}

	/** A record of the chosen proposals, by its section and key: where its problems are found. */
	private record RecordOf(String section, String key) {
	}

	private static AcceptProposalsPayload refused(UserError... errors) {
		return new AcceptProposalsPayload(null, List.of(), List.of(errors));
	}

}
