package org.accordgraph.proposal;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.accordgraph.graphql.NodeTypes;
import org.accordgraph.proposal.FactProposals.ProposalError;
import org.accordgraph.proposal.FactProposals.ProposeFactsInput;
import org.accordgraph.proposal.FactProposals.ProposeFactsPayload;
import org.accordgraph.proposal.Proposal.Match;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Curators propose facts from a document ({@code proposeFacts}) and reject those that are wrong. */
@Controller
class ProposalController {

	record RejectProposalsInput(String batch, List<String> proposals, String reason) {
	}

	record RejectProposalsPayload(List<String> rejected, List<ProposalError> userErrors) {
	}

	private final FactProposals proposals;

	private final ProposalBatches batches;

	private final ProposalRejections rejections;

	private final NodeTypes nodes;

	ProposalController(FactProposals proposals, ProposalBatches batches, ProposalRejections rejections, NodeTypes nodes) {
		this.proposals = proposals;
		this.batches = batches;
		this.rejections = rejections;
		this.nodes = nodes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	ProposeFactsPayload proposeFacts(@Argument ProposeFactsInput input) {
		return this.proposals.propose(input, List.of("input"), "text");
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	RejectProposalsPayload rejectProposals(@Argument RejectProposalsInput input, Principal curator) {
		ProposalBatch batch = this.batches.find(input.batch()).orElse(null);
		if (batch == null) {
			return new RejectProposalsPayload(List.of(), List.of(new ProposalError(List.of("input", "batch"),
					"There is no batch '" + input.batch() + "': it was never proposed, or has expired or been forgotten"
							+ " since; propose the document again.", "UNKNOWN_REFERENCE")));
		}
		List<ProposalError> errors = new ArrayList<>();
		List<Proposal> rejected = new ArrayList<>();
		for (int i = 0; i < input.proposals().size(); i++) {
			String id = input.proposals().get(i);
			List<String> path = List.of("input", "proposals", String.valueOf(i));
			batch.proposal(id).ifPresentOrElse(rejected::add, () -> errors.add(new ProposalError(path,
					"the batch has no proposal '" + id + "'", "UNKNOWN_REFERENCE")));
		}
		if (rejected.isEmpty() && errors.isEmpty()) {
			errors.add(new ProposalError(List.of("input", "proposals"), "name at least one proposal to reject", "REQUIRED"));
		}
		if (!errors.isEmpty()) {
			return new RejectProposalsPayload(List.of(), errors);
		}
		return new RejectProposalsPayload(this.rejections.reject(batch, rejected, curator.getName(), input.reason()),
				List.of());
	}

	@SchemaMapping(typeName = "ProposalBatch", field = "language")
	String language(ProposalBatch batch) {
		return batch.languageTag();
	}

	@SchemaMapping(typeName = "ProposalMatch", field = "node")
	Object node(Match match) {
		return match.proposedNew() ? null : this.nodes.find(match.label(), match.key());
	}

}
