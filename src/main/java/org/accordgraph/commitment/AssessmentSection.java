package org.accordgraph.commitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.actor.Actor;
import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.EntryFields;
import org.accordgraph.format.Label;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.Problem.Rule;
import org.accordgraph.format.RelationshipField;
import org.accordgraph.instrument.Assessments;
import org.accordgraph.instrument.Assessments.Assessment;
import org.accordgraph.instrument.LegalStatus;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * {@code assessments}: an assessment added to the status history of a commitment or a law defined
 * elsewhere ({@code subject} is its slug). It may say which earlier assessment of the same subject
 * it {@code corrects} (that one then leaves the history, and stays in the graph), and, for a
 * commitment FULFILLED, what {@code fulfilledBy}. {@code assessedBy} names the curator. The export
 * writes every history here.
 */
@Component
public final class AssessmentSection extends AbstractSection<AssessmentSection.Entry> {

	public record Entry(String subject, String slug, String status, DateEntry date, String by, String corrects,
			Link fulfilledBy, String note, Integer chapters, Integer articles, String assessedBy, List<String> cite,
			String basis, String reasoning, List<String> restsOn, Boolean unsourced) implements Assessment {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}
	}

	public AssessmentSection() {
		super("assessments", "StatusAssessment", Entry.class, 51, Entry::subject,
				RelationshipField.ref("BY", "by", Actor.LABELS),
				RelationshipField.ref("CORRECTS", "corrects", Set.of("StatusAssessment")));
		alsoRelates("HAS_STATUS", "HAD_STATUS", "CORRECTS");
	}

	@Override
	public void define(Entry entry, Mapping m) {
		if (entry.slug() != null) {
			m.define(entry.slug(), "StatusAssessment");
		}
	}

	@Override
	public void map(Entry entry, Mapping m) {
		String label = m.target(entry.subject(), "subject", Set.of("Commitment", "LegalInstrument"));
		if (label == null) {
			return;
		}
		String slug = label.equals("Commitment")
				? Assessments.assess(m, label, entry.subject(), entry, "", CommitmentStatus.class)
				: Assessments.assess(m, label, entry.subject(), entry, "", LegalStatus.class);
		if (slug == null) {
			return;
		}
		if (entry.corrects() != null
				&& m.target(entry.corrects(), "corrects", Set.of("StatusAssessment")) != null) {
			m.plan().relationship("StatusAssessment", slug, "CORRECTS", "StatusAssessment", entry.corrects(), Map.of());
			m.plan().replaced(label, entry.subject(), "HAS_STATUS", "HAD_STATUS", "StatusAssessment", entry.corrects());
		}
		if (entry.fulfilledBy() != null) {
			if (!label.equals("Commitment") || !CommitmentStatus.FULFILLED.name().equals(entry.status())) {
				m.problem(Rule.INCONSISTENT, "fulfilledBy",
						"only a commitment assessed FULFILLED is fulfilled by something");
			}
			else {
				m.addLink("Commitment", entry.subject(), "FULFILLED_BY", entry.fulfilledBy(), "fulfilledBy",
						CommitmentSection.FULFILMENTS);
			}
		}
	}

	@Override
	public String exportQuery(Label label, String where) {
		return "MATCH (s)-[:HAS_STATUS|HAD_STATUS]->(n:StatusAssessment)" + where
				+ " RETURN n, coalesce(s.slug, s.code) AS subject, " + EntryFields.OUTGOING
				+ " ORDER BY subject, n.date, n.slug";
	}

	@Override
	public Map<String, Object> exportEntry(Record row, SourceTexts texts) {
		Map<String, Object> assessment = new LinkedHashMap<>();
		assessment.put("subject", row.get("subject").asString());
		assessment.putAll(EntryFields.entry(row, fields()));
		return assessment;
	}

}
