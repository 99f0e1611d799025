package org.accordgraph.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.accordgraph.graphql.ApiQueries;

import org.springframework.stereotype.Component;

import static org.accordgraph.graphql.ApiAnswers.list;
import static org.accordgraph.graphql.ApiAnswers.map;

/**
 * Atom feeds (RFC 4287) of the public API's answers: the latest changes of the audit trail (as
 * {@code recentChanges} gives them: what changed and when, never who) and the commitments overdue.
 * Ids are name-based UUIDs of what an entry is (a change's sequence number and object; an overdue
 * commitment and its due date), so they are the same on every instance and after a restart.
 */
@Component
class AtomFeeds {

	/** The entries of a feed of changes: the latest ones. */
	static final int ENTRIES = 50;

	private static final String DOCUMENT = "feed";

	private static final String AUTHOR = "Accord Graph";

	private final ApiQueries api;

	AtomFeeds(ApiQueries api) {
		this.api = api;
	}

	/**
	 * Where a feed is served and what it links to.
	 *
	 * @param path the feed's path, without its query: what its id is made of
	 */
	record Addresses(String base, String self, String path, String alternate) {
	}

	/**
	 * @param ids the global ids of the objects watched; null for the whole graph
	 */
	String changes(String title, List<String> ids, Addresses addresses) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("entities", ids);
		variables.put("last", ENTRIES);
		List<Map<String, Object>> changes = list(this.api.query(DOCUMENT, "Changes", variables),
				"recentChanges");
		List<Entry> entries = new ArrayList<>();
		for (Map<String, Object> change : changes) {
			String entity = (String) change.get("entity");
			String kind = change.get("kind").toString().toLowerCase(java.util.Locale.ROOT);
			Entry entry = new Entry();
			entry.setId(uuid("change " + change.get("sequence") + " " + entity));
			entry.setTitle(entity + ": " + kind + " (" + change.get("operation") + ")");
			Date at = Date.from(OffsetDateTime.parse((String) change.get("at")).toInstant());
			entry.setUpdated(at);
			entry.setPublished(at);
			@SuppressWarnings("unchecked")
			List<String> fields = (List<String>) change.get("fields");
			entry.setSummary(text("Change " + change.get("sequence") + " of the audit trail: " + entity + " " + kind
					+ " by " + change.get("operation") + (fields.isEmpty() ? "." : "; fields: " + String.join(", ", fields) + ".")));
			Map<String, Object> node = map(change, "node");
			if (node != null) {
				entry.setAlternateLinks(List.of(link("alternate", addresses.base() + "/facts/" + node.get("id"), "text/html")));
			}
			Category operation = new Category();
			operation.setTerm((String) change.get("operation"));
			entry.setCategories(List.of(operation));
			entries.add(entry);
		}
		return write(feed("changes " + addresses.path(), title, entries, addresses));
	}

	/** The commitments overdue on the day (today when null), by when they fell overdue. */
	String overdue(LocalDate asOf, Addresses addresses) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("asOf", (asOf != null) ? asOf.toString() : null);
		Map<String, Object> report = map(this.api.query(DOCUMENT, "Overdue", variables), "overdueCommitments");
		List<Entry> entries = new ArrayList<>();
		for (Map<String, Object> commitment : list(report, "commitments")) {
			Map<String, Object> due = map(commitment, "dueDate");
			LocalDate overdueFrom = LocalDate.parse((String) due.get("latest")).plusDays(1);
			Entry entry = new Entry();
			entry.setId(uuid("overdue " + commitment.get("slug") + " " + due.get("latest")));
			String text = (String) commitment.get("text");
			entry.setTitle("Overdue since " + overdueFrom + ": " + ((text.length() > 120) ? text.substring(0, 119) + "\u2026" : text));
			Date since = Date.from(overdueFrom.atStartOfDay(ZoneOffset.UTC).toInstant());
			entry.setUpdated(since);
			entry.setPublished(since);
			entry.setSummary(text(overdueSummary(commitment, (String) report.get("asOf"))));
			entry.setAlternateLinks(List.of(
					link("alternate", addresses.base() + "/facts/" + commitment.get("id"), "text/html"),
					link("related", addresses.base() + "/briefings/commitment/" + commitment.get("slug") + ".pdf",
							"application/pdf")));
			entries.add(entry);
		}
		entries.sort((a, b) -> b.getUpdated().compareTo(a.getUpdated()));
		return write(feed("overdue", "Accord Graph: commitments overdue on " + report.get("asOf"), entries, addresses));
	}

	private static String overdueSummary(Map<String, Object> commitment, String asOf) {
		StringBuilder summary = new StringBuilder(commitment.get("text").toString());
		summary.append(" Due ").append(map(commitment, "dueDate").get("iso")).append('.');
		List<String> parties = list(commitment, "parties").stream()
			.map(party -> (String) map(party, "actor").get("name"))
			.toList();
		if (!parties.isEmpty()) {
			summary.append(" Parties: ").append(String.join(", ", parties)).append('.');
		}
		Map<String, Object> host = map(commitment, "host");
		if (host != null) {
			summary.append(" Host named: ").append(map(host, "country").get("name")).append('.');
		}
		Map<String, Object> status = map(commitment, "status");
		if (status == null) {
			summary.append(" Not assessed by ").append(asOf).append('.');
		}
		else {
			Map<String, Object> last = Boolean.TRUE.equals(status.get("stale")) ? map(status, "lastAssessment")
					: status;
			summary.append(" Status on ").append(asOf).append(": UNKNOWN; last assessed ")
				.append(map(last, "date").get("iso")).append(" as ")
				.append(last.get("status").toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append('.');
		}
		return summary.toString();
	}

	private static Feed feed(String name, String title, List<Entry> entries, Addresses addresses) {
		Feed feed = new Feed("atom_1.0");
		feed.setEncoding(StandardCharsets.UTF_8.name());
		feed.setId(uuid("feed " + name));
		feed.setTitle(title);
		feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Date::compareTo).orElse(Date.from(Instant.now())));
		feed.setOtherLinks(List.of(link("self", addresses.self(), "application/atom+xml")));
		feed.setAlternateLinks(List.of(link("alternate", addresses.alternate(), "text/html")));
		SyndPerson author = new SyndPersonImpl();
		author.setName(AUTHOR);
		feed.setAuthors(List.of(author));
		feed.setEntries(entries);
		return feed;
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static String uuid(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("accord-graph " + name).getBytes(StandardCharsets.UTF_8));
	}

	private static String write(Feed feed) {
		try {
			return new WireFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("the feed could not be written", ex);
		}
	}

}
