package org.accordgraph.feed;

import java.time.LocalDate;

import org.accordgraph.briefing.BriefingKind;
import org.accordgraph.feed.AtomFeeds.Addresses;
import org.accordgraph.feed.FeedSubjects.Subject;
import org.accordgraph.graphql.ApiPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriUtils;

/**
 * Atom feeds for feed readers and chat integrations: {@code /feeds/changes.atom} (the whole
 * graph), {@code /feeds/{kind}/{key}.atom} (a country, an instrument, a series, a commitment) and
 * {@code /feeds/overdue.atom} ({@code asOf} a day; today when absent). Readable by whoever may read
 * the graph; no curator's name is in them.
 */
@RestController
@ApiPage
class FeedController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final AtomFeeds feeds;

	private final FeedSubjects subjects;

	FeedController(AtomFeeds feeds, FeedSubjects subjects) {
		this.feeds = feeds;
		this.subjects = subjects;
	}

	@GetMapping("/feeds/changes.atom")
	ResponseEntity<String> changes() {
		return atom(this.feeds.changes("Accord Graph: changes", null, addresses("/")));
	}

	@GetMapping("/feeds/overdue.atom")
	ResponseEntity<String> overdue(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf) {
		return atom(this.feeds.overdue(asOf, addresses("/#overdue-panel")));
	}

	@GetMapping("/feeds/{kind}/{key}.atom")
	ResponseEntity<String> of(@PathVariable String kind, @PathVariable String key) {
		BriefingKind chosen = BriefingKind.fromPath(kind);
		Subject subject = this.subjects.of(chosen, key);
		return atom(this.feeds.changes("Accord Graph: changes to " + subject.name(), subject.ids(),
				addresses("/briefings/" + chosen.path() + "/" + UriUtils.encodePathSegment(key, "UTF-8"))));
	}

	private static Addresses addresses(String alternatePath) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		UriComponents self = ServletUriComponentsBuilder.fromCurrentRequest().build();
		return new Addresses(base, self.toUriString(), self.getPath(), base + alternatePath);
	}

	private static ResponseEntity<String> atom(String feed) {
		return ResponseEntity.ok().contentType(ATOM).body(feed);
	}

}
