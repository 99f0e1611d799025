package org.accordgraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.dataset.DatasetExporter;
import org.accordgraph.dataset.DatasetWrites;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.graphql.InvalidArgumentException;
import org.accordgraph.graphql.NodeTypes;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

import static org.accordgraph.curation.Evidence.map;

/**
 * The curators' mutations. Each turns its input into records of the dataset format and has
 * {@link Curation} check and write them, so that a curator's facts meet the same rules as
 * imported ones.
 */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class CurationController {

	private static final Set<String> ASSESSED = Set.of("Commitment", "LegalInstrument");

	private final Curation curation;

	private final NodeTypes nodes;

	private final Neo4jClient neo4j;

	private final Versions versions;

	private final Deletion deletion;

	private final Restore restore;

	private final DatasetWrites writes;

	private final DatasetExporter exporter;

	CurationController(Curation curation, NodeTypes nodes, Neo4jClient neo4j, Versions versions, Deletion deletion,
			Restore restore, DatasetWrites writes, DatasetExporter exporter) {
		this.writes = writes;
		this.exporter = exporter;
		this.curation = curation;
		this.nodes = nodes;
		this.neo4j = neo4j;
		this.versions = versions;
		this.deletion = deletion;
		this.restore = restore;
	}

	record RestorePayload(Object node, List<String> restored, List<UserError> userErrors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	RestorePayload restoreNode(@Argument Map<String, Object> input) {
		GlobalId id = GlobalId.decode((String) input.get("id"), "id");
		long sequence = ((Number) input.get("sequence")).longValue();
		List<String> restored = new ArrayList<>();
		Outcome outcome = this.curation.change("restoreNode", new InputPaths(Map.of(), "citations"), () -> {
			if (find(id.type(), id.key()) != null) {
				UserError stale = this.versions.lock(id, "id", input.get("expectedVersion"));
				if (stale != null) {
					return Prepared.refused(stale);
				}
			}
			var changes = this.restore.restore(id.type() + ":" + id.key(), sequence);
			if (changes.isEmpty()) {
				return Prepared.refused(new UserError(List.of("input", "sequence"), id.type() + " '" + id.key()
						+ "' is already as it stood after change " + sequence
						+ ", or the audit trail has no change to it", "INCONSISTENT"));
			}
			changes.forEach(change -> restored.add(change.entity()));
			return Prepared.applied(changes);
		});
		return new RestorePayload(outcome.made() ? find(id.type(), id.key()) : null,
				outcome.made() ? restored : List.of(), outcome.userErrors());
	}

	record DeletePayload(String deletedId, List<String> deleted, List<String> dependants,
			List<UserError> userErrors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	DeletePayload deleteNode(@Argument Map<String, Object> input) {
		GlobalId id = GlobalId.decode((String) input.get("id"), "id");
		boolean cascade = Boolean.TRUE.equals(input.get("cascade"));
		List<String> dependants = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		Outcome outcome = this.curation.change(cascade ? "deleteNode (cascade)" : "deleteNode",
				new InputPaths(Map.of(), "citations"), () -> {
					UserError stale = this.versions.lock(id, "id", input.get("expectedVersion"));
					if (stale != null) {
						return Prepared.refused(stale);
					}
					dependants.addAll(this.deletion.dependants(id.type(), id.key()));
					if (!cascade && !dependants.isEmpty()) {
						return Prepared.refused(new UserError(List.of("input", "id"), id.type() + " '" + id.key()
								+ "' has " + dependants.size() + " dependant(s), listed in `dependants`: "
								+ String.join(", ", dependants.stream().limit(10).toList())
								+ ((dependants.size() > 10) ? ", ..." : "")
								+ ". Change or delete them first, or ask for the cascade", "HAS_DEPENDANTS"));
					}
					var changes = this.deletion.delete(id.type(), id.key());
					changes.stream().filter(change -> change.after() == null && change.label() != null)
						.forEach(change -> deleted.add(change.entity()));
					return Prepared.applied(changes);
				});
		return new DeletePayload(outcome.made() ? id.encode() : null, outcome.made() ? deleted : List.of(),
				dependants, outcome.userErrors());
	}

	record SourcePayload(Object source, List<UserError> userErrors) {
	}

	record ConferencePayload(Object conference, List<UserError> userErrors) {
	}

	record AssessmentPayload(Object subject, List<UserError> userErrors) {
	}

	@MutationMapping
	@SuppressWarnings("unchecked")
	SourcePayload createSource(@Argument Map<String, Object> input) {
		String slug = (String) input.get("slug");
		Map<String, Object> citations = new java.util.LinkedHashMap<>();
		for (Object quote : (List<Object>) input.getOrDefault("passages", List.of())) {
			citations.put(Evidence.passageName((String) quote), quote);
		}
		Map<String, Object> source = map("slug", slug, "title", input.get("title"), "publisher",
				input.get("publisher"), "url", input.get("url"), "noUrl", input.get("noUrl"), "publishedOn",
				input.get("publishedOn"), "language", input.get("language"), "note", input.get("note"), "citations",
				citations);
		Object text = input.get("text");
		if (text != null) {
			source.put("text", "(given with the source)");
		}
		InputPaths paths = new InputPaths(Map.of("citations", "passages"), "passages");
		Outcome outcome = this.curation.change("createSource", paths, () -> new Prepared(
				map("sources", List.of(source)), (text != null) ? Map.of(slug, (String) text) : Map.of(), null, null));
		return new SourcePayload(outcome.made() ? find("Source", slug) : null, outcome.userErrors());
	}

	record RecordsPayload(List<Object> created, List<UserError> userErrors) {
	}

	record LinkPayload(Object from, Object to, List<UserError> userErrors) {
	}

	record UpdatePayload(Object node, List<UserError> userErrors) {
	}

	@MutationMapping
	@SuppressWarnings("unchecked")
	UpdatePayload updateNode(@Argument Map<String, Object> input) {
		GlobalId id = GlobalId.decode((String) input.get("id"), "id");
		Map<String, Object> set = (Map<String, Object>) input.get("set");
		Outcome outcome = this.curation.change("updateNode", InputPaths.SET, () -> {
			UserError stale = this.versions.lock(id, "id", input.get("expectedVersion"));
			if (stale != null) {
				return Prepared.refused(stale);
			}
			DatasetExporter.Exported record = this.exporter.record(id.type(), id.key()).orElseThrow();
			for (String field : set.keySet()) {
				if (record.relationshipFields().contains(field)) {
					return Prepared.refused(new UserError(List.of("input", "set", field), "'" + field
							+ "' is a relationship to another record: change it with linkNodes and unlinkNodes", "FORMAT"));
				}
				if (field.equals("slug") || field.equals("code")) {
					return Prepared.refused(new UserError(List.of("input", "set", field),
							"a record's key names it everywhere (its global id, its citations) and does not change", "FORMAT"));
				}
			}
			Map<String, Object> entry = new java.util.LinkedHashMap<>(record.entry());
			set.forEach((field, value) -> {
				if (value == null) {
					entry.remove(field);
				}
				else {
					entry.put(field, value);
				}
			});
			return Prepared.applied(this.writes.write("updateNode", map(record.section(), List.of(entry)),
					record.sourceTexts(), DatasetWrites.Mode.MERGE, true));
		});
		return new UpdatePayload(outcome.made() ? find(id.type(), id.key()) : null, outcome.userErrors());
	}

	private static final InputPaths LINK_PATHS = new InputPaths(Map.of("type", "relationship"), "citations");

	@MutationMapping
	LinkPayload linkNodes(@Argument Map<String, Object> input) {
		GlobalId from = GlobalId.decode((String) input.get("from"), "from");
		GlobalId to = GlobalId.decode((String) input.get("to"), "to");
		Evidence evidence = new Evidence(input);
		Map<String, Object> link = evidence.on(map("from", from.key(), "type", input.get("relationship"), "to",
				to.key(), "note", input.get("note"), "delegation", input.get("delegation")));
		Outcome outcome = this.curation.change("linkNodes", LINK_PATHS, () -> {
			UserError stale = this.versions.lock(from, "from", input.get("expectedVersion"));
			if (stale != null) {
				return Prepared.refused(stale);
			}
			this.versions.bump(from);
			return Prepared.records(map("passages", evidence.passages(), "links", List.of(link)));
		});
		return new LinkPayload(outcome.made() ? find(from.type(), from.key()) : null,
				outcome.made() ? find(to.type(), to.key()) : null, outcome.userErrors());
	}

	@MutationMapping
	LinkPayload unlinkNodes(@Argument Map<String, Object> input) {
		GlobalId from = GlobalId.decode((String) input.get("from"), "from");
		GlobalId to = GlobalId.decode((String) input.get("to"), "to");
		Outcome outcome = this.curation.change("unlinkNodes", LINK_PATHS, () -> {
			UserError stale = this.versions.lock(from, "from", input.get("expectedVersion"));
			if (stale != null) {
				return Prepared.refused(stale);
			}
			this.versions.bump(from);
			return Prepared.applied(this.writes.unlink("unlinkNodes", from.type(), from.key(),
					(String) input.get("relationship"), to.type(), to.key()));
		});
		return new LinkPayload(outcome.made() ? find(from.type(), from.key()) : null,
				outcome.made() ? find(to.type(), to.key()) : null, outcome.userErrors());
	}

	@MutationMapping
	@SuppressWarnings("unchecked")
	RecordsPayload createRecords(@Argument Map<String, Object> input) {
		Map<String, Object> records = (Map<String, Object>) input.get("records");
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		for (Object item : (List<Object>) input.getOrDefault("sourceTexts", List.of())) {
			Map<String, Object> text = (Map<String, Object>) item;
			texts.put((String) text.get("source"), (String) text.get("text"));
		}
		Outcome outcome = this.curation.change("createRecords", InputPaths.RECORDS,
				() -> new Prepared(records, texts, null, null));
		List<Object> created = !outcome.made() ? List.of() : outcome.written().changes().stream()
			.filter(change -> change.label() != null && change.before() == null)
			.map(change -> this.nodes.find(change.label() + ":" + change.key()).orElse(null))
			.filter(node -> node != null)
			.toList();
		return new RecordsPayload(created, outcome.userErrors());
	}

	@MutationMapping
	@SuppressWarnings("unchecked")
	ConferencePayload createConference(@Argument Map<String, Object> input) {
		Evidence evidence = new Evidence(input);
		String slug = (String) input.get("slug");
		List<Object> coOrganisers = new ArrayList<>();
		((List<Object>) input.getOrDefault("coOrganisers", List.of())).forEach(o -> coOrganisers.add(evidence.link(o)));
		Map<String, Object> conference = evidence.on(map("slug", slug, "title", input.get("title"), "editionOf",
				evidence.link(input.get("series")), "startDate", input.get("startDate"), "endDate",
				input.get("endDate"), "city", input.get("city"), "aim", input.get("aim"), "note", input.get("note"),
				"hostedBy", evidence.link(input.get("hostCountry")), "coOrganisers", coOrganisers));
		InputPaths paths = new InputPaths(Map.of("editionOf", "series", "hostedBy", "hostCountry"), "citations");
		Outcome outcome = this.curation.change("createConference", paths, () -> Prepared
			.records(map("passages", evidence.passages(), "conferences", List.of(conference))));
		return new ConferencePayload(outcome.made() ? find("Conference", slug) : null, outcome.userErrors());
	}

	@MutationMapping
	AssessmentPayload recordAssessment(@Argument Map<String, Object> input) {
		GlobalId subject = GlobalId.decode((String) input.get("subject"), "subject");
		if (!ASSESSED.contains(subject.type())) {
			throw new InvalidArgumentException("subject",
					"an assessment is of a Commitment or a LegalInstrument, not a " + subject.type());
		}
		Object fulfilledBy = (input.get("fulfilledBy") != null)
				? GlobalId.decode((String) input.get("fulfilledBy"), "fulfilledBy").key() : null;
		Evidence evidence = new Evidence(input);
		InputPaths paths = new InputPaths(Map.of("subject", "subject"), "citations");
		Outcome outcome = this.curation.change("recordAssessment", paths, () -> {
			UserError stale = this.versions.lock(subject, "subject", input.get("expectedVersion"));
			if (stale != null) {
				return Prepared.refused(stale);
			}
			this.versions.bump(subject);
			Map<String, Object> assessment = evidence.on(map("subject", subject.key(), "slug",
					freeSlug(subject.key(), input), "status", input.get("status"), "date", input.get("date"), "by",
					input.get("by"), "corrects", input.get("corrects"), "fulfilledBy", evidence.link(fulfilledBy),
					"note", input.get("note"), "assessedBy", SecurityContextHolder.getContext().getAuthentication().getName()));
			return Prepared.records(map("passages", evidence.passages(), "assessments", List.of(assessment)));
		});
		return new AssessmentPayload(outcome.made() ? find(subject.type(), subject.key()) : null,
				outcome.userErrors());
	}

	/**
	 * The assessment's slug: the subject, the date and the status, and a number where the
	 * subject already has an assessment of that day and status (a correction, say).
	 */
	@SuppressWarnings("unchecked")
	private String freeSlug(String subject, Map<String, Object> input) {
		Object date = ((Map<String, Object>) input.get("date")).get("date");
		String base = subject + "-" + date + "-" + String.valueOf(input.get("status")).toLowerCase().replace('_', '-');
		long taken = this.neo4j
			.query("MATCH (a:StatusAssessment) WHERE a.slug = $base OR a.slug STARTS WITH $base + '-' RETURN count(a)")
			.bind(base)
			.to("base")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return (taken == 0) ? base : base + "-" + (taken + 1);
	}

	private Object find(String type, String key) {
		return this.nodes.find(type + ":" + key).orElse(null);
	}

}
