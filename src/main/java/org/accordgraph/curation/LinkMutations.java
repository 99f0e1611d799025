package org.accordgraph.curation;

import java.util.List;
import java.util.Map;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.format.Dataset;
import org.accordgraph.format.DatasetWrites;
import org.accordgraph.format.LinkSection;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.evidence.PassageSection;
import org.accordgraph.graphql.NodeTypes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Curators state a relationship between two objects as a fact, with its evidence, or remove one. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class LinkMutations {

	private final Curation curation;

	private final NodeTypes nodes;

	private final Versions versions;

	private final DatasetWrites writes;

	private final Sections sections;

	private final PassageSection passages;

	private final LinkSection links;

	LinkMutations(Curation curation, NodeTypes nodes, Versions versions, DatasetWrites writes, Sections sections,
			PassageSection passages, LinkSection links) {
		this.curation = curation;
		this.nodes = nodes;
		this.versions = versions;
		this.writes = writes;
		this.sections = sections;
		this.passages = passages;
		this.links = links;
	}

	record LinkNodesInput(String from, String relationship, String to, String note, String delegation,
			List<CitationInput> citations, String basis, String reasoning, Boolean unsourced, Integer expectedVersion)
			implements Evidenced {
	}

	record UnlinkNodesInput(String from, String relationship, String to, Integer expectedVersion) {
	}

	record LinkPayload(Object from, Object to, List<UserError> userErrors) {
	}

	private static final InputPaths LINK_PATHS = InputPaths.renaming(Map.of("type", "relationship"), "citations");

	@MutationMapping
	LinkPayload linkNodes(@Argument LinkNodesInput input) {
		GlobalId from = this.nodes.decode(input.from(), "from");
		GlobalId to = this.nodes.decode(input.to(), "to");
		Evidence evidence = new Evidence(input);
		LinkSection.Entry link = new LinkSection.Entry(from.key(), input.relationship(), to.key(), evidence.cite(),
				input.note(), input.delegation(), evidence.basis(), evidence.reasoning(), null, evidence.unsourced());
		Outcome outcome = this.curation.change("linkNodes", LINK_PATHS, () -> {
			UserError stale = this.versions.lockAndRaise(from, "from", input.expectedVersion());
			if (stale != null) {
				return Prepared.refused(stale);
			}
			return Prepared.records(Dataset.empty()
				.with(this.passages, evidence.passages())
				.with(this.links, List.of(link)));
		});
		return new LinkPayload(outcome.made() ? this.nodes.find(from).orElse(null) : null,
				outcome.made() ? this.nodes.find(to).orElse(null) : null, outcome.userErrors());
	}

	@MutationMapping
	LinkPayload unlinkNodes(@Argument UnlinkNodesInput input) {
		GlobalId from = this.nodes.decode(input.from(), "from");
		GlobalId to = this.nodes.decode(input.to(), "to");
		Outcome outcome = this.curation.change("unlinkNodes", LINK_PATHS, () -> {
			UserError stale = this.versions.lockAndRaise(from, "from", input.expectedVersion());
			if (stale != null) {
				return Prepared.refused(stale);
			}
			return Prepared.applied(this.writes.unlink("unlinkNodes", this.sections.label(from.type()), from.key(),
					input.relationship(), this.sections.label(to.type()), to.key()));
		});
		return new LinkPayload(outcome.made() ? this.nodes.find(from).orElse(null) : null,
				outcome.made() ? this.nodes.find(to).orElse(null) : null, outcome.userErrors());
	}
}
