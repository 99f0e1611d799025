package org.accordgraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.dataset.DatasetExporter;
import org.accordgraph.format.DatasetWrites;
import org.accordgraph.format.WriteMode;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.graphql.InvalidArgumentException;
import org.accordgraph.graphql.NodeTypes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import static org.accordgraph.curation.Evidence.map;

/**
 * Curators add and change records: a source, a conference, records of any kind in the dataset
 * format, fields of any object. Each input becomes records of the dataset format, checked and
 * written by {@link Curation} through the import's own path.
 */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class RecordMutations {

	private final Curation curation;

	private final NodeTypes nodes;

	private final Versions versions;

	private final DatasetWrites writes;

	private final DatasetExporter exporter;

	RecordMutations(Curation curation, NodeTypes nodes, Versions versions, DatasetWrites writes, DatasetExporter exporter) {
		this.curation = curation;
		this.nodes = nodes;
		this.versions = versions;
		this.writes = writes;
		this.exporter = exporter;
	}

	record SourcePayload(Object source, List<UserError> userErrors) {
	}

	record ConferencePayload(Object conference, List<UserError> userErrors) {
	}

	record RecordsPayload(List<Object> created, List<UserError> userErrors) {
	}

	record UpdatePayload(Object node, List<UserError> userErrors) {
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
		Map<String, String> inputNames = new java.util.HashMap<>(Map.of("citations", "passages"));
		List<String> names = List.copyOf(citations.keySet());
		for (int i = 0; i < names.size(); i++) {
			inputNames.put(names.get(i), String.valueOf(i));
		}
		InputPaths paths = InputPaths.renaming(inputNames, "passages");
		Outcome outcome = this.curation.change("createSource", paths, () -> new Prepared(
				map("sources", List.of(source)), (text != null) ? Map.of(slug, (String) text) : Map.of(), null, null));
		return new SourcePayload(outcome.made() ? this.nodes.find("Source", slug) : null, outcome.userErrors());
	}

	@MutationMapping
	@SuppressWarnings("unchecked")
	UpdatePayload updateNode(@Argument Map<String, Object> input) {
		GlobalId id = this.nodes.decode((String) input.get("id"), "id");
		if (!(input.get("set") instanceof Map<?, ?>)) {
			throw new InvalidArgumentException("set", "must be an object of the fields to change, such as {\"note\": \"...\"}");
		}
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
					record.sourceTexts(), WriteMode.MERGE, true));
		});
		return new UpdatePayload(outcome.made() ? this.nodes.find(id).orElse(null) : null, outcome.userErrors());
	}

	@MutationMapping
	@SuppressWarnings("unchecked")
	RecordsPayload createRecords(@Argument Map<String, Object> input) {
		if (!(input.get("records") instanceof Map<?, ?>)) {
			throw new InvalidArgumentException("records",
					"must be an object of sections of the dataset format, such as {\"actionPlans\": [...]}");
		}
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
		InputPaths paths = InputPaths.renaming(Map.of("editionOf", "series", "hostedBy", "hostCountry"), "citations");
		Outcome outcome = this.curation.change("createConference", paths, () -> Prepared
			.records(map("passages", evidence.passages(), "conferences", List.of(conference))));
		return new ConferencePayload(outcome.made() ? this.nodes.find("Conference", slug) : null, outcome.userErrors());
	}
}
