package org.accordgraph.curation;

import java.util.List;
import java.util.Map;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.format.DatasetWrites;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.graphql.NodeTypes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import static org.accordgraph.curation.Evidence.map;

/** Curators state a relationship between two objects as a fact, with its evidence, or remove one. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class LinkMutations {

	private final Curation curation;

	private final NodeTypes nodes;

	private final Versions versions;

	private final DatasetWrites writes;

	private final Sections sections;

	LinkMutations(Curation curation, NodeTypes nodes, Versions versions, DatasetWrites writes, Sections sections) {
		this.curation = curation;
		this.nodes = nodes;
		this.versions = versions;
		this.writes = writes;
		this.sections = sections;
	}

	record LinkPayload(Object from, Object to, List<UserError> userErrors) {
	}

	private static final InputPaths LINK_PATHS = InputPaths.renaming(Map.of("type", "relationship"), "citations");

	@MutationMapping
	LinkPayload linkNodes(@Argument Map<String, Object> input) {
		GlobalId from = this.nodes.decode((String) input.get("from"), "from");
		GlobalId to = this.nodes.decode((String) input.get("to"), "to");
		Evidence evidence = new Evidence(input);
		Map<String, Object> link = evidence.on(map("from", from.key(), "type", input.get("relationship"), "to",
				to.key(), "note", input.get("note"), "delegation", input.get("delegation")));
		Outcome outcome = this.curation.change("linkNodes", LINK_PATHS, () -> {
			UserError stale = this.versions.lockAndRaise(from, "from", input.get("expectedVersion"));
			if (stale != null) {
				return Prepared.refused(stale);
			}
			return Prepared.records(map("passages", evidence.passages(), "links", List.of(link)));
		});
		return new LinkPayload(outcome.made() ? this.nodes.find(from).orElse(null) : null,
				outcome.made() ? this.nodes.find(to).orElse(null) : null, outcome.userErrors());
	}

	@MutationMapping
	LinkPayload unlinkNodes(@Argument Map<String, Object> input) {
		GlobalId from = this.nodes.decode((String) input.get("from"), "from");
		GlobalId to = this.nodes.decode((String) input.get("to"), "to");
		Outcome outcome = this.curation.change("unlinkNodes", LINK_PATHS, () -> {
			UserError stale = this.versions.lockAndRaise(from, "from", input.get("expectedVersion"));
			if (stale != null) {
				return Prepared.refused(stale);
			}
			return Prepared.applied(this.writes.unlink("unlinkNodes", this.sections.label(from.type()), from.key(),
					(String) input.get("relationship"), this.sections.label(to.type()), to.key()));
		});
		return new LinkPayload(outcome.made() ? this.nodes.find(from).orElse(null) : null,
				outcome.made() ? this.nodes.find(to).orElse(null) : null, outcome.userErrors());
	}
}
