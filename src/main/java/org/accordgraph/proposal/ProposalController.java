package org.accordgraph.proposal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.accordgraph.graphql.NodeTypes;
import org.accordgraph.proposal.Proposal.Match;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Curators propose facts from a document ({@code proposeFacts}) and reject those that are wrong. */
@Controller
class ProposalController {

	record ProposeFactsInput(String text, String language, String title, String publisher, String url,
			LocalDate publishedOn, String source) {
	}

	record ProposalError(List<String> field, String message, String code) {
	}

	record ProposeFactsPayload(ProposalBatch batch, List<ProposalError> userErrors) {
	}

	record RejectProposalsInput(String batch, List<String> proposals, String reason) {
	}

	record RejectProposalsPayload(List<String> rejected, List<ProposalError> userErrors) {
	}

	private final FactProposals proposals;

	private final ProposalBatches batches;

	private final ProposalRejections rejections;

	private final ProposalLimits limits;

	private final NodeTypes nodes;

	ProposalController(FactProposals proposals, ProposalBatches batches, ProposalRejections rejections,
			ProposalLimits limits, NodeTypes nodes) {
		this.proposals = proposals;
		this.batches = batches;
		this.rejections = rejections;
		this.limits = limits;
		this.nodes = nodes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('CURATOR')")
	ProposeFactsPayload proposeFacts(@Argument ProposeFactsInput input) {
		List<ProposalError> errors = new ArrayList<>();
		if (input.text() == null || input.text().isBlank()) {
			errors.add(new ProposalError(List.of("input", "text"), "The document's text is blank.", "REQUIRED"));
		}
		else if (input.text().length() > this.limits.maxCharacters()) {
			errors.add(new ProposalError(List.of("input", "text"), "The document has " + input.text().length()
					+ " characters; at most " + this.limits.maxCharacters() + " (accord.proposals.max-characters) are read.",
					"FORMAT"));
		}
		Language language = null;
		if (input.language() != null) {
			try {
				language = Language.valueOf(input.language().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new ProposalError(List.of("input", "language"),
						"'" + input.language() + "' is not a language proposals are read in: en or ru.", "NOT_IN_LIST"));
			}
		}
		if (!errors.isEmpty()) {
			return new ProposeFactsPayload(null, errors);
		}
		DocumentSource source = new DocumentSource(input.source(), input.title(), input.publisher(), input.url(),
				input.publishedOn());
		return new ProposeFactsPayload(this.proposals.propose(input.text(), language, source), List.of());
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
