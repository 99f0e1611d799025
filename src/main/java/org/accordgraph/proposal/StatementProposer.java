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
 * What someone said: a paragraph that quotes at least a sentence, with the speaker named before
 * the quotation ("Kaliolla Seitenov, Acting Rector of the Academy ..., emphasized: ...") and the
 * post between the name and the verb or colon. The speaker is the graph's person where the name is
 * one of its own, else a person proposed; the statement is at the event the paragraph speaks of.
 */
@Component
class StatementProposer {

	private static final Pattern OPENING = Pattern.compile("[\"“«]");

	private static final Pattern NAME = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2}),\\s+");

	private static final Pattern POST_ENDS = Pattern.compile(
			"(?iu)\\s+(?:noted|said|says|emphasi[sz]ed|stressed|concluded|added|stated|underlined|highlighted|remarked"
					+ "|отметил\\p{L}*|подчеркнул\\p{L}*|заявил\\p{L}*|сказал\\p{L}*)\\b|\\s*:");

	private static final int SHORTEST_QUOTATION = 40;

	private final ProposalRepository graph;

	StatementProposer(ProposalRepository graph) {
		this.graph = graph;
	}

	List<Proposal> propose(Reading reading, DocumentEvents events) {
		List<Proposal> proposals = new ArrayList<>();
		for (Span paragraph : paragraphs(reading.text())) {
			Matcher opening = OPENING.matcher(paragraph.words());
			if (!opening.find()) {
				continue;
			}
			int open = opening.start();
			int close = closing(paragraph.words(), open);
			if (close < 0 || close - open - 1 < SHORTEST_QUOTATION) {
				continue;
			}
			Span said = reading.span(paragraph.start(), paragraph.start() + close + 1);
			String quotation = paragraph.words().substring(open + 1, close).strip().replaceAll("[,.]$", "");
			Found person = reading.namesIn(reading.span(paragraph.start(), paragraph.start() + open))
				.stream()
				.filter(found -> found.means("Person"))
				.findFirst()
				.orElse(null);
			Matcher name = NAME.matcher(paragraph.words());
			if (person == null && !name.find()) {
				continue;
			}
			Map<String, Object> statement = new LinkedHashMap<>();
			Map<String, Object> fields = new LinkedHashMap<>();
			Proposed proposed;
			String speakerKey;
			String speakerName;
			if (person != null) {
				Entry speaker = person.first("Person");
				speakerKey = speaker.key();
				speakerName = speaker.name();
				proposed = Proposed.of(ProposalKind.STATEMENT, said, fields).match("speaker", person, speaker);
			}
			else {
				speakerName = name.group(1);
				speakerKey = Slugs.of(speakerName);
				String held = this.graph.personName(speakerKey).orElse(null);
				if (held != null) {
					proposed = Proposed.of(ProposalKind.STATEMENT, said, fields)
						.matchByKey("speaker", speakerName, "Person", speakerKey, held, 0.6)
						.confidence(0.6);
					speakerName = held;
				}
				else {
					proposed = Proposed.of(ProposalKind.STATEMENT, said, fields)
						.proposeNew("speaker", speakerName, "Person", speakerKey)
						.confidence(0.7);
				}
			}
			Event event = events.at(sentenceOf(reading, paragraph.start()));
			statement.put("slug", Slugs.of(speakerKey, (event != null) ? event.key() : "statement"));
			statement.put("speaker", speakerKey);
			int nameEnds = (person != null) ? person.span().end() - paragraph.start() : name.end(1);
			String post = post(paragraph.words(), nameEnds, open);
			if (post != null) {
				String position = this.graph.position(speakerKey, post).orElse(null);
				if (position == null) {
					position = Slugs.of(speakerKey, post);
					Map<String, Object> held = new LinkedHashMap<>();
					held.put("slug", position);
					held.put("title", post);
					Map<String, Object> holder = new LinkedHashMap<>();
					holder.put("slug", speakerKey);
					holder.put("name", speakerName);
					holder.put("positions", List.of(held));
					fields.put("people", List.of(holder));
					proposed.proposeNew("position", post, "Position", position);
				}
				statement.put("position", position);
			}
			if (event != null) {
				statement.put("event", event.key());
			}
			statement.put("direct", true);
			statement.put("text", quotation);
			fields.put("statements", List.of(statement));
			if (person != null && event != null && event.existing()) {
				this.graph.statement(speakerKey, event.key(), quotation).ifPresent(proposed::duplicateOf);
			}
			proposals.add(proposed.build());
		}
		return proposals;
	}

	/** The post between the speaker's name and the verb or colon, as "Name, Post noted: ..." gives it. */
	private static String post(String paragraph, int nameEnds, int open) {
		Matcher comma = Pattern.compile("^,\\s+").matcher(paragraph.substring(nameEnds, open));
		if (!comma.find()) {
			return null;
		}
		String between = paragraph.substring(nameEnds + comma.end(), open);
		Matcher end = POST_ENDS.matcher(between);
		String post = end.find() ? between.substring(0, end.start()) : between;
		post = post.strip().replaceAll("[,:]$", "").strip();
		return post.isEmpty() ? null : post;
	}

	/** Where the quotation opened at {@code open} closes: its closing mark, or the last straight quote of the paragraph. */
	private static int closing(String paragraph, int open) {
		char mark = paragraph.charAt(open);
		if (mark == '“') {
			return paragraph.lastIndexOf('”');
		}
		if (mark == '«') {
			return paragraph.lastIndexOf('»');
		}
		int last = paragraph.lastIndexOf('"');
		return (last > open) ? last : -1;
	}

	private static int sentenceOf(Reading reading, int offset) {
		List<Span> sentences = reading.sentences();
		for (int i = sentences.size() - 1; i >= 0; i--) {
			if (sentences.get(i).start() <= offset) {
				return i;
			}
		}
		return 0;
	}

	/** The document's paragraphs: its non-blank lines, trimmed. */
	static List<Span> paragraphs(String text) {
		List<Span> paragraphs = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			end = (end < 0) ? text.length() : end;
			Span.trimmed(text, start, end).ifPresent(paragraphs::add);
			start = end + 1;
		}
		return paragraphs;
	}

}
