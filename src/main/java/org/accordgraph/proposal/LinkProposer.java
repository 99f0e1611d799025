package org.accordgraph.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordgraph.proposal.DocumentEvents.Event;
import org.accordgraph.proposal.Gazetteer.Entry;
import org.accordgraph.proposal.Gazetteer.Found;

import org.springframework.stereotype.Component;

/**
 * Who co-organised, funded or attended an event: the actors a sentence names after "co-organised
 * by", "funded by", "assembled ... from" and the like, each a proposal of its own for the event
 * the sentence speaks of. An actor named as the one that implements a project ("Safe Migration in
 * Central Asia Project implemented by Winrock International") is the project's, not the event's.
 */
@Component
class LinkProposer {

	private record Way(ProposalKind kind, Pattern trigger, String field, String type) {
	}

	private static final List<Way> WAYS = List.of(
			new Way(ProposalKind.CO_ORGANISER, Pattern.compile("(?iu)\\b(?:co-?organi[sz]ed|organi[sz]ed)\\s+by\\b"
					+ "|\\bco-?organi[sz]ers\\b|организова\\p{L}*|соорганизатор\\p{L}*"), "coOrganisers", "CO_ORGANISED_BY"),
			new Way(ProposalKind.FUNDER, Pattern.compile("(?iu)\\b(?:funded|financed|sponsored)\\s+by\\b"
					+ "|\\bwith (?:the )?(?:financial )?support of\\b|при (?:финансовой )?поддержке|финансир\\p{L}*"), "funders",
					"FUNDED_BY"),
			new Way(ProposalKind.PARTICIPANT, Pattern.compile("(?iu)\\b(?:assembled|brought together|gathered|attended by"
					+ "|participants from|delegations from|representatives of)\\b"
					+ "|собрал\\p{L}*|участ\\p{L}* из|приняли участие|представители"), "participants", "ATTENDED_BY"));

	private static final Pattern NOT_THE_EVENTS = Pattern.compile("(?iu)(implemented by|under|at|of)(\\s+the)?\\s*$|реализуем\\p{L}*\\s*$");

	private static final Pattern DELEGATION = Pattern.compile("(?iu)(?:assembled|brought together|gathered)\\s+(.{3,60}?)\\s+from\\b");

	/** Where a list of actors ends: before what it adds ("as well as", "including") or the sentence's full stop. */
	private static final Pattern LIST_ENDS = Pattern.compile("(?iu),?\\s+(?:as well as|including|with the|а также|в том числе|при)\\b|[.;]\\s*$");

	/** An item of a list: what lies between commas and "and", without a leading article. */
	private static final Pattern ITEM = Pattern.compile("(?iu)(?:^|,|\\band\\b|\\bи\\b)\\s*(?:the\\s+)?([^,]+?)(?=\\s*(?:,|\\band\\b|\\bи\\b|$))");

	private static final Set<String> ACTORS = Set.of("Country", "Organisation", "Project", "Person");

	private final ProposalRepository graph;

	LinkProposer(ProposalRepository graph) {
		this.graph = graph;
	}

	List<Proposal> propose(Reading reading, DocumentEvents events) {
		List<Proposal> proposals = new ArrayList<>();
		List<Span> sentences = reading.sentences();
		for (int i = 0; i < sentences.size(); i++) {
			Span sentence = sentences.get(i);
			Event event = events.at(i);
			if (event == null) {
				continue;
			}
			for (Way way : WAYS) {
				Matcher trigger = way.trigger().matcher(sentence.words());
				if (!trigger.find()) {
					continue;
				}
				int after = sentence.start() + trigger.end();
				String delegation = delegation(way, sentence);
				Set<String> seen = new LinkedHashSet<>();
				for (Found found : reading.namesIn(sentence)) {
					Entry actor = found.entries().stream().filter(entry -> ACTORS.contains(entry.label())).findFirst().orElse(null);
					if (actor == null || found.span().start() < after || !seen.add(actor.key())
							|| ownedByTheNameBefore(reading, after, found)) {
						continue;
					}
					Map<String, Object> link = new LinkedHashMap<>();
					link.put("actor", actor.key());
					if (delegation != null) {
						link.put("delegation", delegation);
					}
					Proposed proposed = Proposed.of(way.kind(), sentence, linked(event, way, link))
						.match(way.field(), found, actor)
						.confidence(found.score() * 0.9);
					if (event.existing() && this.graph.linked(event.key(), way.type(), actor.key())) {
						proposed.duplicateOf(event.key() + "/" + way.field() + "/" + actor.key());
					}
					proposals.add(proposed.build());
				}
				for (Span unnamed : unnamed(reading, sentence, after, way)) {
					String key = Slugs.of(unnamed.words());
					Map<String, Object> organisation = new LinkedHashMap<>();
					organisation.put("slug", key);
					organisation.put("name", unnamed.words());
					OrganisationKinds.of(unnamed.words()).ifPresent(kind -> organisation.put("kind", kind));
					Map<String, Object> fields = new LinkedHashMap<>();
					fields.put("organisations", List.of(organisation));
					fields.putAll(linked(event, way, Map.of("actor", key)));
					proposals.add(Proposed.of(way.kind(), sentence, fields)
						.proposeNew(way.field(), unnamed.words(), "Organisation", key)
						.confidence(0.5)
						.build());
				}
			}
		}
		return proposals;
	}

	/**
	 * The names in the list after the words that introduce it that the graph does not hold: each
	 * item of the list ("A, B and C", up to "as well as" or "including") that begins with a capital
	 * and overlaps none of the graph's names, an organisation proposed.
	 */
	private static List<Span> unnamed(Reading reading, Span sentence, int after, Way way) {
		if (way.kind() == ProposalKind.PARTICIPANT) {
			return List.of();
		}
		String rest = reading.text().substring(after, sentence.end());
		Matcher stop = LIST_ENDS.matcher(rest);
		int end = stop.find() ? stop.start() : rest.length();
		List<Span> unnamed = new ArrayList<>();
		Matcher items = ITEM.matcher(rest.substring(0, end));
		List<Found> names = reading.namesIn(sentence)
			.stream()
			.filter(found -> found.span().start() < after || !ownedByTheNameBefore(reading, after, found))
			.toList();
		while (items.find()) {
			int start = after + items.start(1);
			int stopAt = after + items.end(1);
			boolean named = names.stream().anyMatch(found -> found.span().start() < stopAt && start < found.span().end());
			if (!named && Character.isUpperCase(reading.text().charAt(start)) && stopAt - start <= 120) {
				unnamed.add(reading.span(start, stopAt));
			}
		}
		return unnamed;
	}

	/** The event's record with the one link, in the dataset format. */
	private static Map<String, Object> linked(Event event, Way way, Map<String, Object> link) {
		Map<String, Object> conference = new LinkedHashMap<>();
		conference.put("slug", event.key());
		conference.put(way.field(), List.of(link));
		return Map.of("conferences", List.of(conference));
	}

	/**
	 * Whether a name after the list's opening words belongs to the name before it ("... Project
	 * implemented by Winrock International", "... (INL) of the U.S. Department of State").
	 */
	private static boolean ownedByTheNameBefore(Reading reading, int after, Found found) {
		return NOT_THE_EVENTS.matcher(reading.text().substring(after, found.span().start())).find();
	}

	private static String delegation(Way way, Span sentence) {
		if (way.kind() != ProposalKind.PARTICIPANT) {
			return null;
		}
		Matcher delegation = DELEGATION.matcher(sentence.words());
		return delegation.find() ? delegation.group(1) : null;
	}

}
