package org.accordgraph.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordgraph.proposal.DocumentEvents.Event;

import org.springframework.stereotype.Component;

/**
 * Conferences and other events: a sentence that names one ("conference", "forum", "конференция")
 * with its city and the day or year it began, or its quoted title (a day without a year the
 * document can lend it is no date at all, and is left out). Its title is the quoted name beside it, its
 * city a city of the graph's events or the place it was "held in"; "a two-day" event ends the day
 * after it began (inferred). The graph's conference in that city on that day is the one it repeats.
 */
@Component
class EventProposer {

	private static final Pattern EVENT = Pattern.compile(
			"(?iu)\\b(conference|forum|meeting|round table|seminar|workshop"
					+ "|конференци\\p{L}*|форум\\p{L}*|совещани\\p{L}*|семинар\\p{L}*)");

	private static final Pattern TITLE = Pattern.compile("[\"“«']([^\"”»']{12,200})[\"”»']");

	private static final Pattern PLACE = Pattern.compile("(?u)\\b(?:in|held in|в|в городе|в г\\.)\\s+(\\p{Lu}\\p{Ll}+)");

	private static final Pattern TWO_DAY = Pattern.compile("(?iu)\\btwo-day\\b|двухдневн");

	private final ProposalRepository graph;

	EventProposer(ProposalRepository graph) {
		this.graph = graph;
	}

	List<Proposal> propose(Reading reading, DocumentEvents events) {
		List<Proposal> proposals = new ArrayList<>();
		List<Span> sentences = reading.sentences();
		for (int i = 0; i < sentences.size(); i++) {
			Span sentence = sentences.get(i);
			if (!EVENT.matcher(sentence.words()).find()) {
				continue;
			}
			String city = city(reading, sentence);
			List<Dates.Found> dates = reading.datesIn(i);
			Dates.Found day = dates.stream().filter(date -> date.iso().length() == 10).findFirst().orElse(null);
			Dates.Found year = dates.stream().filter(date -> date.iso().length() == 4).findFirst().orElse(null);
			Matcher titled = TITLE.matcher(sentence.words());
			String title = titled.find() ? titled.group(1) : null;
			if (city == null || (day == null && year == null && title == null)) {
				continue;
			}
			Map<String, Object> conference = new LinkedHashMap<>();
			String start = (day != null) ? day.iso() : (year != null) ? year.iso() : null;
			String key = ((start != null) ? this.graph.conference(city, start) : this.graph.conferenceTitled(city, title))
				.orElse(null);
			conference.put("slug", (key != null) ? key : Slugs.of(city, (start != null) ? start.substring(0, 4) : title));
			if (title != null) {
				conference.put("title", title);
			}
			Proposed proposed = Proposed.of(ProposalKind.EVENT, sentence, Map.of("conferences", List.of(conference)));
			if (day != null) {
				conference.put("startDate", day.field());
				String end = day.endIso();
				if (end == null && TWO_DAY.matcher(sentence.words()).find()) {
					end = LocalDate.parse(day.iso()).plusDays(1).toString();
					conference.put("endDate", Map.of("date", end, "text", "two-day", "basis", "INFERRED", "reasoning",
							"The document calls it a two-day event that began on " + day.iso() + "."));
				}
				else if (end != null) {
					conference.put("endDate", end);
				}
				if (day.yearInferred()) {
					proposed.inferred(day.reasoning()).confidence(0.6);
				}
			}
			conference.put("city", city);
			if (start == null) {
				proposed.confidence(0.6);
			}
			if (key != null) {
				proposed.duplicateOf(key);
			}
			proposals.add(proposed.build());
			events.add(new Event(i, (String) conference.get("slug"), key != null));
			Proposal host = host(reading, sentence, city, (String) conference.get("slug"), key != null);
			if (host != null) {
				proposals.add(host);
			}
		}
		return proposals;
	}

	/**
	 * The country that hosted the event: the one the sentence names after its city ("held in
	 * Bukhara, Republic of Uzbekistan"), or, inferred, the one the graph's events in that city were
	 * hosted by.
	 */
	private Proposal host(Reading reading, Span sentence, String city, String event, boolean existing) {
		int cityAt = sentence.words().indexOf(city);
		Gazetteer.Found country = reading.namesIn(sentence)
			.stream()
			.filter(found -> found.means("Country") && found.span().start() > sentence.start() + cityAt
					&& found.span().start() - (sentence.start() + cityAt + city.length()) <= 20)
			.findFirst()
			.orElse(null);
		Map<String, Object> conference = new LinkedHashMap<>();
		conference.put("slug", event);
		Proposed proposed;
		String code;
		if (country != null) {
			code = country.first("Country").key();
			conference.put("hostedBy", Map.of("country", code));
			proposed = Proposed.of(ProposalKind.HOST, sentence, Map.of("conferences", List.of(conference)))
				.match("hostedBy", country, country.first("Country"));
		}
		else {
			code = this.graph.countryOfCity(city).orElse(null);
			if (code == null) {
				return null;
			}
			conference.put("hostedBy", Map.of("country", code));
			proposed = Proposed.of(ProposalKind.HOST, sentence, Map.of("conferences", List.of(conference)))
				.inferred("The document says the event was held in " + city + "; it does not name the host. The graph's"
						+ " events in " + city + " were hosted by " + code + ".")
				.confidence(0.6);
		}
		if (existing && this.graph.linked(event, "HOSTED_BY", code)) {
			proposed.duplicateOf(event + "/hostedBy/" + code);
		}
		return proposed.build();
	}

	private static String city(Reading reading, Span sentence) {
		for (String city : reading.cities()) {
			if (Pattern.compile("\\b" + Pattern.quote(city) + "\\b").matcher(sentence.words()).find()) {
				return city;
			}
		}
		Matcher title = TITLE.matcher(sentence.words());
		int titleStart = title.find() ? title.start() : -1;
		int titleEnd = (titleStart >= 0) ? title.end() : -1;
		Matcher place = PLACE.matcher(sentence.words());
		while (place.find()) {
			int at = sentence.start() + place.start(1);
			boolean named = reading.namesIn(sentence).stream().anyMatch(found -> found.span().start() <= at && at < found.span().end());
			boolean titled = titleStart <= place.start(1) && place.start(1) < titleEnd;
			if (!named && !titled && !Dates.isMonth(place.group(1))) {
				return place.group(1);
			}
		}
		return null;
	}

}
