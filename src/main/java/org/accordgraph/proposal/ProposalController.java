package org.accordgraph.proposal;

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

/** Curators propose facts from a document: {@code proposeFacts}. */
@Controller
class ProposalController {

	record ProposeFactsInput(String text, String language, String title, String publisher, String url,
			LocalDate publishedOn, String source) {
	}

	record ProposalError(List<String> field, String message, String code) {
	}

	record ProposeFactsPayload(ProposalBatch batch, List<ProposalError> userErrors) {
	}

	private final FactProposals proposals;

	private final ProposalLimits limits;

	private final NodeTypes nodes;

	ProposalController(FactProposals proposals, ProposalLimits limits, NodeTypes nodes) {
		this.proposals = proposals;
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

	@SchemaMapping(typeName = "ProposalBatch", field = "language")
	String language(ProposalBatch batch) {
		return batch.languageTag();
	}

	@SchemaMapping(typeName = "ProposalMatch", field = "node")
	Object node(Match match) {
		return match.proposedNew() ? null : this.nodes.find(match.label(), match.key());
	}

}
