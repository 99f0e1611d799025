package org.accordgraph.curation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.dataset.DatasetExporter;
import org.accordgraph.event.Conference;
import org.accordgraph.event.ConferenceSection;
import org.accordgraph.evidence.PassageSection;
import org.accordgraph.evidence.Source;
import org.accordgraph.evidence.SourceSection;
import org.accordgraph.format.Dataset;
import org.accordgraph.format.DatasetWrites;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.WriteMode;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.graphql.NodeTypes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Curators add and change records: a source, a conference, records of any kind in the dataset
 * format, fields of any object. Each input becomes entries of the dataset format's sections,
 * checked and written by {@link Curation} through the import's own path.
 */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class RecordMutations {

	private final Curation curation;

	private final NodeTypes nodes;

	private final Versions versions;

	private final DatasetWrites writes;

	private final DatasetExporter exporter;

	private final SourceSection sources;

	private final PassageSection passages;

	private final ConferenceSection conferences;

	RecordMutations(Curation curation, NodeTypes nodes, Versions versions, DatasetWrites writes,
			DatasetExporter exporter, SourceSection sources, PassageSection passages, ConferenceSection conferences) {
		this.curation = curation;
		this.nodes = nodes;
		this.versions = versions;
		this.writes = writes;
		this.exporter = exporter;
		this.sources = sources;
		this.passages = passages;
		this.conferences = conferences;
	}

	record CreateSourceInput(String slug, String title, String publisher, String url, String noUrl,
			DateEntry publishedOn, String language, String text, List<String> passages, String note) {
	}

	record SourcePayload(Source source, List<UserError> userErrors) {
	}

	record CreateConferenceInput(String slug, String title, String series, DateEntry startDate, DateEntry endDate,
			String city, String hostCountry, List<String> coOrganisers, String aim, String note,
			List<CitationInput> citations, String basis, String reasoning, Boolean unsourced) implements Evidenced {
	}

	record ConferencePayload(Conference conference, List<UserError> userErrors) {
	}

	record CreateRecordsInput(Map<String, Object> records, List<SourceTextInput> sourceTexts) {
	}

	record SourceTextInput(String source, String text) {
	}

	record RecordsPayload(List<Object> created, List<UserError> userErrors) {
	}

	record UpdateNodeInput(String id, Integer expectedVersion, Map<String, Object> set) {
	}

	record UpdatePayload(Object node, List<UserError> userErrors) {
	}

	/** The placeholder a created source's {@code text} field holds: its text comes with it, not from a file. */
	static final String GIVEN_TEXT = "(given with the source)";

	@MutationMapping
	SourcePayload createSource(@Argument CreateSourceInput input) {
		Map<String, SourceSection.CitationEntry> citations = new LinkedHashMap<>();
		Map<String, String> inputNames = new HashMap<>(Map.of("citations", "passages"));
		List<String> quotes = (input.passages() != null) ? input.passages() : List.of();
		for (int i = 0; i < quotes.size(); i++) {
			String name = Evidence.passageName(quotes.get(i));
			citations.put(name, new SourceSection.CitationEntry(quotes.get(i), null));
			inputNames.put(name, String.valueOf(i));
		}
		SourceSection.Entry source = new SourceSection.Entry(input.slug(), input.title(), input.publisher(),
				input.url(), input.publishedOn(), input.language(), (input.text() != null) ? GIVEN_TEXT : null,
				input.note(), input.noUrl(), citations);
		Map<String, String> texts = (input.text() != null) ? Map.of(input.slug(), input.text()) : Map.of();
		Outcome outcome = this.curation.change("createSource", InputPaths.renaming(inputNames, "passages"),
				() -> Prepared.records(Dataset.empty().with(this.sources, List.of(source)), texts));
		return new SourcePayload(made(outcome, Source.class, input.slug()), outcome.userErrors());
	}

	@MutationMapping
	ConferencePayload createConference(@Argument CreateConferenceInput input) {
		Evidence evidence = new Evidence(input);
		List<Link> coOrganisers = (input.coOrganisers() != null)
				? input.coOrganisers().stream().map(evidence::link).toList() : List.of();
		ConferenceSection.Entry conference = new ConferenceSection.Entry(input.slug(), input.title(),
				evidence.link(input.series()), input.startDate(), input.endDate(), input.city(), input.aim(),
				input.note(), null, null, null, evidence.link(input.hostCountry()), coOrganisers, null, null, null,
				null, null, evidence.cite(), evidence.basis(), evidence.reasoning(), null, evidence.unsourced());
		InputPaths paths = InputPaths.renaming(Map.of("editionOf", "series", "hostedBy", "hostCountry"), "citations");
		Outcome outcome = this.curation.change("createConference", paths, () -> Prepared.records(Dataset.empty()
			.with(this.passages, evidence.passages())
			.with(this.conferences, List.of(conference))));
		return new ConferencePayload(made(outcome, Conference.class, input.slug()), outcome.userErrors());
	}

	@MutationMapping
	RecordsPayload createRecords(@Argument CreateRecordsInput input) {
		Map<String, String> texts = new LinkedHashMap<>();
		if (input.sourceTexts() != null) {
			input.sourceTexts().forEach(text -> texts.put(text.source(), text.text()));
		}
		Outcome outcome = this.curation.change("createRecords", InputPaths.RECORDS,
				() -> Prepared.records(this.writes.read("createRecords", input.records()), texts));
		List<Object> created = !outcome.made() ? List.of() : outcome.written().changes().stream()
			.filter(change -> change.label() != null && change.before() == null)
			.map(change -> this.nodes.find(change.label() + ":" + change.key()).orElse(null))
			.filter(node -> node != null)
			.toList();
		return new RecordsPayload(created, outcome.userErrors());
	}

	@MutationMapping
	UpdatePayload updateNode(@Argument UpdateNodeInput input) {
		GlobalId id = this.nodes.decode(input.id(), "id");
		Outcome outcome = this.curation.change("updateNode", InputPaths.SET, () -> {
			UserError stale = this.versions.lock(id, "id", input.expectedVersion());
			if (stale != null) {
				return Prepared.refused(stale);
			}
			DatasetExporter.Exported record = this.exporter.record(id.type(), id.key()).orElseThrow();
			UserError wrongField = UpdatableFields.of(record, id.type()).check(input.set().keySet());
			if (wrongField != null) {
				return Prepared.refused(wrongField);
			}
			Map<String, Object> entry = new LinkedHashMap<>(record.entry());
			input.set().forEach((field, value) -> {
				if (value == null) {
					entry.remove(field);
				}
				else {
					entry.put(field, value);
				}
			});
			Dataset updated = this.writes.read("updateNode", Map.of(record.section(), List.of(entry)));
			return Prepared.applied(this.writes.write("updateNode", updated, record.sourceTexts(), WriteMode.MERGE, true));
		});
		return new UpdatePayload(outcome.made() ? this.nodes.find(id).orElse(null) : null, outcome.userErrors());
	}

	/** What a change created, as its Node type; null if it was refused. */
	private <T> T made(Outcome outcome, Class<T> type, String key) {
		return outcome.made() ? this.nodes.find(type, key).orElse(null) : null;
	}

}
