package org.accordgraph.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.graphql.ApiQueries;
import org.accordgraph.graphql.InvalidArgumentException;
import org.accordgraph.graphql.NotFoundException;

import org.springframework.stereotype.Service;

import static org.accordgraph.graphql.ApiAnswers.list;
import static org.accordgraph.graphql.ApiAnswers.map;

/**
 * The sources and facts to cite, as the public API gives them
 * ({@code graphql-documents/citation.graphql}): every source, a selection by slug, or the sources
 * one fact cites with the passages it quotes from each.
 */
@Service
public class CitedSources {

	private static final String DOCUMENT = "citation";

	private final ApiQueries api;

	CitedSources(ApiQueries api) {
		this.api = api;
	}

	/**
	 * A fact as its page shows it: what it says, how it is known, where it is written, when it last
	 * changed; and, for a commitment, the citations of what is said of it (its parties, host,
	 * origin, assessments and fulfilment).
	 */
	record Fact(String id, String type, String label, String basis, String reasoning, List<Map<String, Object>> citations,
			Map<String, Object> lastChange, List<Map<String, Object>> relatedCitations) {
	}

	private static final List<String> RELATED = List.of("parties", "host", "madeIn", "statusHistory", "fulfilledBy");

	/** Every source, by title. */
	List<CitedSource> all() {
		List<CitedSource> sources = new ArrayList<>();
		Map<String, Object> variables = new HashMap<>();
		while (true) {
			Map<String, Object> page = map(this.api.query(DOCUMENT, "Sources", variables), "sources");
			list(page, "edges").forEach(edge -> sources.add(new CitedSource(map(edge, "node"), null, List.of())));
			Map<String, Object> pageInfo = map(page, "pageInfo");
			if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				return sources;
			}
			variables.put("after", pageInfo.get("endCursor"));
		}
	}

	/** The most sources a selection names: each is a lookup of its own. */
	static final int MAX_SELECTED = 100;

	/** The sources of these slugs, in that order; a slug of no source is not found. */
	List<CitedSource> selection(List<String> slugs) {
		if (slugs.size() > MAX_SELECTED) {
			throw new InvalidArgumentException("slug", "at most " + MAX_SELECTED + " sources, not " + slugs.size()
					+ "; without slug, the file holds every source");
		}
		List<CitedSource> sources = new ArrayList<>();
		for (String slug : slugs) {
			Map<String, Object> source = map(this.api.query(DOCUMENT, "Source", Map.of("slug", slug)), "source");
			if (source == null) {
				throw new NotFoundException("slug", "no source has the slug '" + slug + "'");
			}
			sources.add(new CitedSource(source, null, List.of()));
		}
		return sources;
	}

	/** The fact of that global id; not found where the graph holds none. */
	Fact fact(String id) {
		Map<String, Object> data = this.api.query(DOCUMENT, "Fact", Map.of("id", id));
		Map<String, Object> node = map(data, "node");
		if (node == null) {
			throw new NotFoundException("id", "the graph holds no fact '" + id + "'");
		}
		List<Map<String, Object>> changes = list(data, "recentChanges");
		String label = null;
		for (String field : List.of("name", "title", "text", "measure")) {
			if (node.get(field) != null) {
				label = (String) node.get(field);
				break;
			}
		}
		List<Map<String, Object>> related = new ArrayList<>();
		for (String field : RELATED) {
			Object value = node.get(field);
			List<?> facts = (value instanceof List<?> many) ? many : (value != null) ? List.of(value) : List.of();
			facts.forEach(fact -> related.addAll(list(castMap(fact), "citations")));
		}
		return new Fact((String) node.get("id"), (String) node.get("__typename"), label, (String) node.get("basis"),
				(String) node.get("reasoning"), list(node, "citations"), changes.isEmpty() ? null : changes.get(0),
				related);
	}

	/**
	 * The sources a fact cites (and, for a commitment, those of what is said of it), each once,
	 * with the passages quoted from it.
	 */
	List<CitedSource> ofFact(Fact fact) {
		Map<String, List<Map<String, Object>>> quotes = new LinkedHashMap<>();
		Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
		List<Map<String, Object>> citations = new ArrayList<>(fact.citations());
		citations.addAll(fact.relatedCitations());
		for (Map<String, Object> citation : citations) {
			Map<String, Object> source = map(citation, "source");
			sources.putIfAbsent((String) source.get("slug"), source);
			List<Map<String, Object>> ofSource = quotes.computeIfAbsent((String) source.get("slug"), slug -> new ArrayList<>());
			if (ofSource.stream().noneMatch(quoted -> quoted.get("quote").equals(citation.get("quote")))) {
				ofSource.add(citation);
			}
		}
		String what = fact.type() + ": " + fact.label();
		return sources.entrySet().stream()
			.map(entry -> new CitedSource(entry.getValue(), what, quotes.get(entry.getKey())))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object value) {
		return (Map<String, Object>) value;
	}

}
