package org.accordgraph.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.briefing.BriefingKind;
import org.accordgraph.graphql.ApiQueries;
import org.accordgraph.graphql.NotFoundException;

import org.springframework.stereotype.Component;

import static org.accordgraph.graphql.ApiAnswers.list;
import static org.accordgraph.graphql.ApiAnswers.map;
import static org.accordgraph.graphql.ApiAnswers.nodes;

/**
 * What a feed watches, as the public API names it: a country (itself, the commitments it is party
 * to or named to host, the conferences it hosted, its action plans and laws), an instrument (itself
 * and the commitments made in it), a series (itself, its editions and the commitments concerning
 * it) or a commitment; each change to one of these, or to a relationship from or to it, is an entry.
 */
@Component
class FeedSubjects {

	/** The most objects one feed watches: the most {@code recentChanges(entities:)} takes. */
	static final int MAX_WATCHED = 500;

	private static final String DOCUMENT = "feed";

	/** What a feed is about: its name, and the global ids of the objects it watches. */
	record Subject(String name, List<String> ids) {
	}

	private final ApiQueries api;

	FeedSubjects(ApiQueries api) {
		this.api = api;
	}

	Subject of(BriefingKind kind, String key) {
		return switch (kind) {
			case COUNTRY -> country(key);
			case INSTRUMENT -> instrument(key);
			case SERIES -> series(key);
			case COMMITMENT -> commitment(key);
		};
	}

	private Subject country(String key) {
		Map<String, Object> country = map(this.api.query(DOCUMENT, "Country", Map.of("key", key)), "country");
		if (country == null) {
			throw new NotFoundException("key", "no country has the code '" + key + "'");
		}
		Set<String> ids = new LinkedHashSet<>();
		ids.add((String) country.get("id"));
		ids.addAll(commitments(Map.of("party", key)));
		ids.addAll(commitments(Map.of("host", key)));
		Map<String, Object> others = this.api.query(DOCUMENT, "CountrySubjects", Map.of("key", key));
		for (String list : List.of("conferences", "actionPlans", "legalInstruments")) {
			ids.addAll(ids(map(others, list)));
		}
		return subject((String) country.get("name"), ids);
	}

	private Subject instrument(String key) {
		Map<String, Object> data = this.api.query(DOCUMENT, "Instrument", Map.of("key", key));
		Map<String, Object> instrument = null;
		for (String field : List.of("declaration", "actionPlan", "legalInstrument")) {
			if (data.get(field) != null) {
				instrument = map(data, field);
			}
		}
		if (instrument == null) {
			throw new NotFoundException("key", "no declaration, action plan or legal instrument has the slug '" + key + "'");
		}
		Set<String> ids = new LinkedHashSet<>();
		ids.add((String) instrument.get("id"));
		ids.addAll(commitments(Map.of("madeIn", key)));
		return subject((String) instrument.get("title"), ids);
	}

	private Subject series(String key) {
		Map<String, Object> series = map(this.api.query(DOCUMENT, "Series", Map.of("key", key)), "conferenceSeries");
		if (series == null) {
			throw new NotFoundException("key", "no conference series has the slug '" + key + "'");
		}
		Set<String> ids = new LinkedHashSet<>();
		ids.add((String) series.get("id"));
		list(series, "editions").forEach(edition -> ids.add((String) edition.get("id")));
		ids.addAll(commitments(Map.of("series", key)));
		return subject((String) series.get("title"), ids);
	}

	private Subject commitment(String key) {
		Map<String, Object> commitment = map(this.api.query(DOCUMENT, "Commitment", Map.of("key", key)), "commitment");
		if (commitment == null) {
			throw new NotFoundException("key", "no commitment has the slug '" + key + "'");
		}
		return subject((String) commitment.get("text"), List.of((String) commitment.get("id")));
	}

	private List<String> commitments(Map<String, Object> filter) {
		List<String> ids = new ArrayList<>();
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		while (ids.size() < MAX_WATCHED) {
			Map<String, Object> page = map(this.api.query(DOCUMENT, "CommitmentIds", variables), "commitments");
			ids.addAll(ids(page));
			Map<String, Object> pageInfo = map(page, "pageInfo");
			if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				break;
			}
			variables.put("after", pageInfo.get("endCursor"));
		}
		return ids;
	}

	private static Subject subject(String name, java.util.Collection<String> ids) {
		return new Subject(name, ids.stream().limit(MAX_WATCHED).toList());
	}

	private static List<String> ids(Map<String, Object> connection) {
		return nodes(connection).stream().map(node -> (String) node.get("id")).toList();
	}

}
