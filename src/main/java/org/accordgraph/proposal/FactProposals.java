package org.accordgraph.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

	private final InstrumentProposer instruments;

	private final FigureProposer figures;

	private final PostProposer posts;

	private final AliasProposer aliases;

	private final ProposalBatches batches;

	private final ProposalRejections rejections;

	private final ProposalLimits limits;

	/** What a curator sends to propose facts from a document: its text, language and source. */
	record ProposeFactsInput(String text, String language, String title, String publisher, String url,
			LocalDate publishedOn, String source) {
	}

	/** A user error: the path to the field of the input, what is wrong, and the rule broken. */
	record ProposalError(List<String> field, String message, String code) {
	}

	/** The batch proposed, or why the input was refused. */
	record ProposeFactsPayload(ProposalBatch batch, List<ProposalError> userErrors) {
	}

	FactProposals(GazetteerRepository gazetteers, ProposalRepository graph, EventProposer events, LinkProposer links,
			StatementProposer statements, UndertakingProposer undertakings, InstrumentProposer instruments,
			FigureProposer figures, PostProposer posts, AliasProposer aliases, ProposalBatches batches,
			ProposalRejections rejections, ProposalLimits limits) {
		this.gazetteers = gazetteers;
		this.graph = graph;
		this.events = events;
		this.links = links;
		this.statements = statements;
		this.undertakings = undertakings;
		this.instruments = instruments;
		this.figures = figures;
		this.posts = posts;
		this.aliases = aliases;
		this.batches = batches;
		this.rejections = rejections;
		this.limits = limits;
	}

	/**
	 * The proposals from the document, or the user errors that refuse it: a blank or too long
	 * text, a language proposals are not read in.
	 * @param at the path of the input's fields, for their errors ({@code ["input"]})
	 * @param textField the name of the field that holds the text
	 */
	ProposeFactsPayload propose(ProposeFactsInput input, List<String> at, String textField) {
		List<ProposalError> errors = new ArrayList<>();
		if (input.text() == null || input.text().isBlank()) {
			errors.add(new ProposalError(path(at, textField), "The document's text is blank.", "REQUIRED"));
		}
		else if (input.text().length() > this.limits.maxCharacters()) {
			errors.add(new ProposalError(path(at, textField), "The document has " + input.text().length() + " characters; at most "
					+ this.limits.maxCharacters() + " (accord.proposals.max-characters) are read.", "FORMAT"));
		}
		Language language = null;
		if (input.language() != null) {
			try {
				language = Language.valueOf(input.language().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new ProposalError(path(at, "language"),
						"'" + input.language() + "' is not a language proposals are read in: en or ru.", "NOT_IN_LIST"));
			}
		}
		if (!errors.isEmpty()) {
			return new ProposeFactsPayload(null, errors);
		}
		DocumentSource source = new DocumentSource(input.source(), input.title(), input.publisher(), input.url(),
				input.publishedOn());
		return new ProposeFactsPayload(propose(input.text(), language, source), List.of());
	}

	private static List<String> path(List<String> at, String field) {
		List<String> path = new ArrayList<>(at);
		path.add(field);
		return List.copyOf(path);
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
		proposals.addAll(this.instruments.propose(reading));
		proposals.addAll(this.figures.propose(reading));
		proposals.addAll(this.posts.propose(reading, documentEvents));
		proposals.addAll(this.aliases.propose(reading));
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
