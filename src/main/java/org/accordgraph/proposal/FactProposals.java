package org.accordgraph.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Reads a document and proposes the facts it states: the events, who organised, funded and
 * attended them, what was said there and what was undertaken, each with its exact words and the
 * graph's nodes it names. Writes nothing to the graph; leaves out what a curator rejected before.
 */
@Service
class FactProposals {

	private final GazetteerRepository gazetteers;

	private final ProposalRepository graph;

	private final EventProposer events;

	private final LinkProposer links;

	private final StatementProposer statements;

	private final UndertakingProposer undertakings;

	private final ProposalBatches batches;

	private final ProposalRejections rejections;

	FactProposals(GazetteerRepository gazetteers, ProposalRepository graph, EventProposer events, LinkProposer links,
			StatementProposer statements, UndertakingProposer undertakings, ProposalBatches batches,
			ProposalRejections rejections) {
		this.gazetteers = gazetteers;
		this.graph = graph;
		this.events = events;
		this.links = links;
		this.statements = statements;
		this.undertakings = undertakings;
		this.batches = batches;
		this.rejections = rejections;
	}

	/** @param language the document's language; detected from its letters when null */
	ProposalBatch propose(String text, Language language, DocumentSource source) {
		Language read = (language != null) ? language : Language.detect(text);
		LocalDate publishedOn = (source.publishedOn() != null) ? source.publishedOn()
				: (source.source() != null) ? this.graph.publishedOn(source.source()).orElse(null) : null;
		Reading reading = new Reading(text, read, publishedOn, this.gazetteers.gazetteer(read), this.gazetteers.cities());
		DocumentEvents documentEvents = new DocumentEvents();
		List<Proposal> proposals = new ArrayList<>(this.events.propose(reading, documentEvents));
		proposals.addAll(this.links.propose(reading, documentEvents));
		proposals.addAll(this.statements.propose(reading, documentEvents));
		proposals.addAll(this.undertakings.propose(reading, documentEvents));
		proposals.sort(Comparator.comparingInt(Proposal::start).thenComparing(Proposal::kind));
		Set<String> rejected = this.rejections.rejected(proposals.stream().map(Proposal::id).toList());
		List<Proposal> offered = proposals.stream().filter(proposal -> !rejected.contains(proposal.id())).toList();
		Instant now = this.batches.now();
		ProposalBatch batch = new ProposalBatch(UUID.randomUUID().toString(), text, read, source, offered,
				proposals.size() - offered.size(), now, this.batches.expiry(now));
		this.batches.keep(batch);
		return batch;
	}

}
