package org.accordgraph.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.citation.CitedSources.Fact;
import org.accordgraph.graphql.ApiAnswers;

/**
 * A fact's metadata in schema.org terms, as JSON-LD: a {@code Claim} whose {@code appearance}s
 * are the passages that state it ({@code Quotation}s, or a curator's summary as a
 * {@code CreativeWork} with an {@code abstract}), each {@code isPartOf} its source; how the fact is
 * known ({@code basis}, {@code reasoning}) as {@code additionalProperty}; {@code dateModified}, the
 * last change to it in the audit trail.
 */
final class FactJsonLd {

	private FactJsonLd() {
	}

	static Map<String, Object> of(Fact fact, String base) {
		Map<String, Object> claim = new LinkedHashMap<>();
		claim.put("@context", "https://schema.org");
		claim.put("@type", "Claim");
		claim.put("@id", base + "/facts/" + fact.id());
		claim.put("url", base + "/facts/" + fact.id());
		claim.put("identifier", fact.id());
		claim.put("additionalType", fact.type());
		claim.put("name", fact.type() + ": " + fact.label());
		claim.put("text", fact.label());
		if (fact.lastChange() != null) {
			claim.put("dateModified", fact.lastChange().get("at"));
		}
		List<Map<String, Object>> properties = new ArrayList<>();
		if (fact.basis() != null) {
			properties.add(property("basis", fact.basis()));
		}
		if (fact.reasoning() != null) {
			properties.add(property("reasoning", fact.reasoning()));
		}
		if (!properties.isEmpty()) {
			claim.put("additionalProperty", properties);
		}
		List<Map<String, Object>> appearances = new ArrayList<>();
		for (Map<String, Object> citation : fact.citations()) {
			Map<String, Object> appearance = new LinkedHashMap<>();
			boolean verbatim = Boolean.TRUE.equals(citation.get("verbatim"));
			appearance.put("@type", verbatim ? "Quotation" : "CreativeWork");
			appearance.put(verbatim ? "text" : "abstract", citation.get("quote"));
			if (citation.get("paragraph") != null) {
				appearance.put("position", citation.get("paragraph"));
			}
			appearance.put("isPartOf", source(ApiAnswers.map(citation, "source"), base));
			appearances.add(appearance);
		}
		if (!appearances.isEmpty()) {
			claim.put("appearance", appearances);
		}
		return claim;
	}

	private static Map<String, Object> source(Map<String, Object> source, String base) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", "CreativeWork");
		work.put("@id", base + "/facts/" + source.get("id"));
		if (source.get("title") != null) {
			work.put("name", source.get("title"));
		}
		if (source.get("publisher") != null) {
			work.put("publisher", ordered("@type", "Organization", "name", source.get("publisher")));
		}
		Map<String, Object> published = ApiAnswers.map(source, "publishedOn");
		if (published != null && "STATED".equals(published.get("basis"))) {
			work.put("datePublished", published.get("iso"));
		}
		if (source.get("url") != null) {
			work.put("url", source.get("url"));
		}
		if (source.get("language") != null) {
			work.put("inLanguage", source.get("language"));
		}
		return work;
	}

	private static Map<String, Object> property(String name, Object value) {
		return ordered("@type", "PropertyValue", "name", name, "value", value);
	}

	/** A map of the names and values, alternately, in that order (the same file on every run). */
	private static Map<String, Object> ordered(Object... namesAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

}
