package org.accordgraph.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordgraph.proposal.DocumentEvents.Event;
import org.accordgraph.proposal.Gazetteer.Entry;
import org.accordgraph.proposal.Gazetteer.Found;

import org.springframework.stereotype.Component;

/**
 * The posts of people the graph holds, as a document names them beside their name ("Kaliolla
 * Seitenov, Acting Rector of the Academy ..., opened ..."): a post the graph does not hold for them
 * is proposed, held at the event the sentence speaks of; one it holds is the one it repeats.
 */
@Component
class PostProposer {

	/** The post: capitalised words after the name and a comma, up to the next comma or a verb. */
	private static final Pattern POST = Pattern.compile(
			"^,[\\s\\u00A0]+((?:the\\s+)?\\p{Lu}[^,;:\"“«()]{3,150}?)(?=,|:|\\s+(?:said|noted|stressed|emphasi[sz]ed|opened|welcomed|"
					+ "concluded|added|underlined|highlighted|presented|отметил\\p{L}*|подчеркнул\\p{L}*|заявил\\p{L}*|открыл\\p{L}*)\\b)");

	private final ProposalRepository graph;

	PostProposer(ProposalRepository graph) {
		this.graph = graph;
	}

	List<Proposal> propose(Reading reading, DocumentEvents events) {
		List<Proposal> proposals = new ArrayList<>();
		List<Span> sentences = reading.sentences();
		for (int i = 0; i < sentences.size(); i++) {
			Span sentence = sentences.get(i);
			for (Found found : reading.namesIn(sentence)) {
				if (!found.means("Person")) {
					continue;
				}
				Matcher post = POST.matcher(reading.text().substring(found.span().end(), sentence.end()));
				if (!post.find()) {
					continue;
				}
				Entry person = found.first("Person");
				String title = post.group(1).strip();
				String held = this.graph.position(person.key(), title).orElse(null);
				Map<String, Object> position = new LinkedHashMap<>();
				position.put("slug", (held != null) ? held : Slugs.of(person.key(), title));
				position.put("title", title);
				Event event = events.at(i);
				if (event != null) {
					position.put("heldAt", event.key());
				}
				Map<String, Object> holder = new LinkedHashMap<>();
				holder.put("slug", person.key());
				holder.put("name", person.name());
				holder.put("positions", List.of(position));
				Proposed proposed = Proposed.of(ProposalKind.POST, sentence, Map.of("people", List.of(holder)))
					.match("person", found, person)
					.confidence(0.6);
				if (held != null) {
					proposed.duplicateOf(held);
				}
				else {
					proposed.proposeNew("position", title, "Position", (String) position.get("slug"));
				}
				proposals.add(proposed.build());
			}
		}
		return proposals;
	}

}
