package org.accordgraph.curation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.graphql.NodeTypes;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import static org.accordgraph.curation.Evidence.map;

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

	AssessmentMutations(Curation curation, NodeTypes nodes, Versions versions, Neo4jClient neo4j) {
		this.curation = curation;
		this.nodes = nodes;
		this.versions = versions;
		this.neo4j = neo4j;
	}

	private static final Set<String> ASSESSED = Set.of("Commitment", "LegalInstrument");
	record AssessmentPayload(Object subject, List<UserError> userErrors) {
	}

	@MutationMapping
	AssessmentPayload recordAssessment(@Argument Map<String, Object> input) {
		GlobalId subject = this.nodes.decode((String) input.get("subject"), "subject", ASSESSED);
		Object fulfilledBy = (input.get("fulfilledBy") != null)
				? this.nodes.decode((String) input.get("fulfilledBy"), "fulfilledBy").key() : null;
		Evidence evidence = new Evidence(input);
		InputPaths paths = InputPaths.renaming(Map.of("subject", "subject"), "citations");
		Outcome outcome = this.curation.change("recordAssessment", paths, () -> {
			UserError stale = this.versions.lockAndRaise(subject, "subject", input.get("expectedVersion"));
			if (stale != null) {
				return Prepared.refused(stale);
			}
			Map<String, Object> assessment = evidence.on(map("subject", subject.key(), "slug",
					freeSlug(subject.key(), input), "status", input.get("status"), "date", input.get("date"), "by",
					input.get("by"), "corrects", input.get("corrects"), "fulfilledBy", evidence.link(fulfilledBy),
					"note", input.get("note")));
			return Prepared.records(map("passages", evidence.passages(), "assessments", List.of(assessment)));
		});
		return new AssessmentPayload(outcome.made() ? this.nodes.find(subject).orElse(null) : null,
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
			.query("MATCH (a:StatusAssessment) WHERE a.slug STARTS WITH $base RETURN count(a)")
			.bind(base)
			.to("base")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return (taken == 0) ? base : base + "-" + (taken + 1);
	}
}
