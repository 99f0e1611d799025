package org.accordgraph.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.accordgraph.briefing.Briefing.Entry;
import org.accordgraph.briefing.Briefing.Line;
import org.accordgraph.briefing.Briefing.Section;

import static org.accordgraph.graphql.ApiAnswers.list;
import static org.accordgraph.graphql.ApiAnswers.map;

/**
 * The entries of one briefing, from the API's facts: a commitment with its parties, host, origin,
 * due date, status and fulfilment; a plan, a law, a conference, what was said; the summary line.
 * Each line goes through {@link BriefingLines}, which footnotes it or, for a briefing of stated
 * facts, leaves it out.
 */
final class BriefingEntries {

	private final BriefingLines lines;

	private final Words words;

	/** The briefing's day in its words. */
	private final String day;

	BriefingEntries(BriefingLines lines, Words words, String day) {
		this.lines = lines;
		this.words = words;
		this.day = day;
	}

	Entry commitment(Map<String, Object> commitment) {
		Line head = this.lines.line((String) commitment.get("text"), commitment);
		if (head == null) {
		return null;
		}
		List<Line> details = new ArrayList<>();
		details.add(this.lines.line("parties", list(commitment, "parties"), party -> {
		String name = (String) map(party, "actor").get("name");
			return (party.get("delegation") != null) ? name + " (" + party.get("delegation") + ")" : name;
		}));
		details.add(linkLine("host", map(commitment, "host"), "country"));
		Map<String, Object> madeIn = map(commitment, "madeIn");
		if (madeIn != null) {
		details.add(this.lines.line(this.words.say("madeIn", originName(map(madeIn, "origin"))), madeIn));
		}
		Map<String, Object> series = map(commitment, "series");
		if (series != null) {
		details.add(this.lines.line(this.words.say("series", series.get("title")), commitment));
		}
		Map<String, Object> due = map(commitment, "dueDate");
		if (due != null) {
		Line dueLine = this.lines.dateLine("due", due, commitment);
			details.add((dueLine != null) ? dueLine : new Line(this.words.say("dueNotStated"), List.of(), null));
		}
		details.add(statusLine(map(commitment, "status")));
		details.add(this.lines.line("fulfilledBy", list(commitment, "fulfilledBy"), link -> fulfilmentName(map(link, "fulfilment"))));
		return new Entry(head, details.stream().filter(Objects::nonNull).toList());
	}

	Entry plan(Map<String, Object> plan) {
		Line head = this.lines.line(plan.get("title") + " (" + this.words.say("scope." + plan.get("scope")) + ")", plan);
		if (head == null) {
		return null;
		}
		List<Line> details = new ArrayList<>();
		if (plan.get("periodStart") != null) {
		details.add(this.lines.line(this.words.say("period", String.valueOf(plan.get("periodStart")),
					String.valueOf(Objects.requireNonNullElse(plan.get("periodEnd"), "…"))), plan));
		}
		return new Entry(head, details);
	}

	Entry law(Map<String, Object> law) {
		Line head = this.lines.line((String) law.get("title"), law);
		if (head == null) {
		return null;
		}
		List<Line> details = new ArrayList<>();
		details.add(dateLine("adopted", map(law, "adoptedOn"), law));
		Map<String, Object> status = map(law, "status");
		if (status != null) {
		details.add(this.lines.line(this.words.say("legalStatus", this.day, this.words.say("legal." + status.get("status")),
					this.words.date(map(status, "date"))), status));
		}
		return new Entry(head, details.stream().filter(Objects::nonNull).toList());
	}

	Line statusLine(Map<String, Object> status) {
		if (status == null) {
		return new Line(this.words.say("statusNone", this.day), List.of(), null);
		}
		Line line;
		if (Boolean.TRUE.equals(status.get("stale"))) {
		Map<String, Object> last = map(status, "lastAssessment");
			line = this.lines.line(this.words.say("statusStale", this.day, this.words.status(last.get("status")),
					this.words.date(map(last, "date"))), status);
		}
		else {
		line = this.lines.line(this.words.say("status", this.day, this.words.status(status.get("status")),
					this.words.date(map(status, "date"))), status);
		}
		return (line != null) ? line : new Line(this.words.say("statusNotStated", this.day), List.of(), null);
	}

	Entry conference(Map<String, Object> conference, Map<String, Object> fact) {
		Line line = this.lines.line(conferenceName(conference)
				+ ((conference.get("city") != null) ? ", " + conference.get("city") : ""), fact);
		return (line != null) ? new Entry(line, List.of()) : null;
	}

	Section statements(List<Map<String, Object>> conferences) {
		List<Entry> said = new ArrayList<>();
		for (Map<String, Object> conference : conferences) {
		for (Map<String, Object> statement : list(conference, "statements")) {
		String speaker = (String) map(statement, "speaker").get("name");
				String text = Boolean.TRUE.equals(statement.get("direct"))
						? this.words.say("said", speaker, statement.get("text"))
						: this.words.say("saidIndirect", speaker, statement.get("text"));
				Line line = this.lines.line(text, statement);
				if (line != null) {
		said.add(new Entry(line, List.of(this.lines.line(conferenceName(conference), statement))));
				}
			}
		}
		return new Section(this.words.say("section.statements"), said);
	}

	Line linkLine(String key, Map<String, Object> link, String field) {
		if (link == null) {
		return null;
		}
		return this.lines.line(this.words.say(key, map(link, field).get("name")), link);
	}

	Line dateLine(String key, Map<String, Object> when, Map<String, Object> fact) {
		return (when != null) ? this.lines.dateLine(key, when, fact) : null;
	}

	String summary(List<Map<String, Object>> commitments) {
		List<Map<String, Object>> shown = commitments.stream().filter(this.lines::shows).toList();
		if (shown.isEmpty()) {
		return this.words.say("summary.none");
		}
		Map<String, Long> byStatus = shown.stream().collect(Collectors.groupingBy(c -> {
		Map<String, Object> status = map(c, "status");
			if (status == null || !this.lines.shows(status)) {
		return "NONE";
			}
			return (String) status.get("status");
		}, LinkedHashMap::new, Collectors.counting()));
		String counts = byStatus.entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> e.getValue() + " " + this.words.status(e.getKey()))
			.collect(Collectors.joining(", "));
		return this.words.say("summary.commitments", shown.size(), counts);
	}

	String conferenceName(Map<String, Object> conference) {
		Map<String, Object> start = map(conference, "startDate");
		return (start != null) ? this.words.say("conference", conference.get("name"), this.words.date(start))
				: (String) conference.get("name");
	}

	private String originName(Map<String, Object> origin) {
		if ("Conference".equals(origin.get("__typename"))) {
		return conferenceName(origin);
		}
		if ("Statement".equals(origin.get("__typename"))) {
		Map<String, Object> event = map(origin, "event");
			return (event != null) ? conferenceName(event) : (String) origin.get("text");
		}
		return (String) origin.get("title");
	}

	private static String fulfilmentName(Map<String, Object> fulfilment) {
		return (String) Objects.requireNonNullElse(fulfilment.get("name"), fulfilment.get("title"));
	}

	static List<Entry> entries(Line head, List<Line> details) {
		return (head != null) ? List.of(new Entry(head, details.stream().filter(Objects::nonNull).toList())) : List.of();
	}

}
