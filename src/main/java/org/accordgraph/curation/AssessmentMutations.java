package org.accordgraph.curation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.commitment.AssessmentSection;
import org.accordgraph.evidence.PassageSection;
import org.accordgraph.format.Dataset;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.graphql.NodeTypes;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Curators append assessments to the status history of a commitment or a law, or correct one;
 * the subject is locked and its version checked first, and grows with its history. Readers see an
 * assessment made by the curators, as imported ones say; who signed in is in the audit trail,
 * which only curators read.
 */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class AssessmentMutations {

	private final Curation curation;

	private final NodeTypes nodes;

	private final Versions versions;

	private final Neo4jClient neo4j;

	private final PassageSection passages;

	private final AssessmentSection assessments;

	AssessmentMutations(Curation curation, NodeTypes nodes, Versions versions, Neo4jClient neo4j,
			PassageSection passages, AssessmentSection assessments) {
		this.curation = curation;
		this.nodes = nodes;
		this.versions = versions;
		this.neo4j = neo4j;
		this.passages = passages;
		this.assessments = assessments;
	}

	private static final Set<String> ASSESSED = Set.of("Commitment", "LegalInstrument");

	record RecordAssessmentInput(String subject, String status, DateEntry date, String by, String corrects,
			String fulfilledBy, Integer expectedVersion, String note, List<CitationInput> citations, String basis,
			String reasoning, Boolean unsourced) implements Evidenced {
	}

	record AssessmentPayload(Object subject, List<UserError> userErrors) {
	}

	@MutationMapping
	AssessmentPayload recordAssessment(@Argument RecordAssessmentInput input) {
		GlobalId subject = this.nodes.decode(input.subject(), "subject", ASSESSED);
		String fulfilledBy = (input.fulfilledBy() != null) ? this.nodes.decode(input.fulfilledBy(), "fulfilledBy").key()
				: null;
		Evidence evidence = new Evidence(input);
		InputPaths paths = InputPaths.renaming(Map.of(), "citations");
		Outcome outcome = this.curation.change("recordAssessment", paths, () -> {
			UserError stale = this.versions.lockAndRaise(subject, "subject", input.expectedVersion());
			if (stale != null) {
				return Prepared.refused(stale);
			}
			AssessmentSection.Entry assessment = new AssessmentSection.Entry(subject.key(), freeSlug(subject.key(), input),
					input.status(), input.date(), input.by(), input.corrects(), evidence.link(fulfilledBy), input.note(),
					null, null, null, evidence.cite(), evidence.basis(), evidence.reasoning(), null, evidence.unsourced());
			return Prepared.records(Dataset.empty()
				.with(this.passages, evidence.passages())
				.with(this.assessments, List.of(assessment)));
		});
		return new AssessmentPayload(outcome.made() ? this.nodes.find(subject).orElse(null) : null,
				outcome.userErrors());
	}

	/**
	 * The assessment's slug: the subject, the date and the status, and a number where the
	 * subject already has an assessment of that day and status (a correction, say).
	 */
	private String freeSlug(String subject, RecordAssessmentInput input) {
		String date = (input.date() != null) ? input.date().date() : null;
		String base = subject + "-" + date + "-" + String.valueOf(input.status()).toLowerCase().replace('_', '-');
		long taken = this.neo4j
			.query("MATCH (a:StatusAssessment) WHERE a.slug STARTS WITH $base RETURN count(a)")
			.bind(base)
			.to("base")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return (taken == 0) ? base : base + "-" + (taken + 1);
	}
}
