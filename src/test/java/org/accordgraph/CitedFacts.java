package org.accordgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks the citations in a GraphQL response: every {@code citations} list holds at least one
 * citation, and every verbatim quote occurs letter for letter in the text of its own source, read
 * from this test's own copy ({@code src/test/resources/sources}). A source is recognised by its
 * {@code id}, {@code title} (or {@code name}, which is its title where it has one) or {@code url},
 * as the bundled dataset gives them, so a document whose verbatim quotes are to be checked selects
 * one of them.
 */
public final class CitedFacts {

	public static final String PRESS_RELEASE = "unodc-press-release-astana-2023";

	private static final Map<String, String> SLUGS_BY_TITLE_OR_URL = bundledSources();

	private CitedFacts() {
	}

	/** The test copy of a source's text, or null where the tests hold none. */
	public static String sourceText(String slug) {
		ClassPathResource copy = new ClassPathResource("sources/" + slug + ".txt");
		if (!copy.exists()) {
			return null;
		}
		try (InputStream in = copy.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the test copy of source " + slug, ex);
		}
	}

	/**
	 * Asserts that every citation in a response is sourced, and that there are at least as many
	 * as the document is known to ask for, so that a document that lost its citations fails.
	 * @param response the response, as maps and lists
	 */
	public static void assertCitationsSourced(Object response, int atLeast) {
		assertThat(checkEveryCitation(response)).as("citations checked").isGreaterThanOrEqualTo(atLeast);
	}

	private static int checkEveryCitation(Object response) {
		int checked = 0;
		if (response instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if ("citations".equals(entry.getKey())) {
					List<?> citations = (List<?>) entry.getValue();
					assertThat(citations).as("citations of %s", map).isNotEmpty();
					for (Object citation : citations) {
						assertQuoteSourced((Map<?, ?>) citation);
						checked++;
					}
				}
				else {
					checked += checkEveryCitation(entry.getValue());
				}
			}
		}
		else if (response instanceof List<?> list) {
			for (Object element : list) {
				checked += checkEveryCitation(element);
			}
		}
		return checked;
	}

	private static void assertQuoteSourced(Map<?, ?> citation) {
		Object quote = citation.get("quote");
		if (quote == null || !Boolean.TRUE.equals(citation.get("verbatim"))) {
			return;
		}
		String slug = slugOf((Map<?, ?>) citation.get("source"), citation);
		String text = sourceText(slug);
		assertThat(text).as("the text of %s, which %s quotes verbatim", slug, citation).isNotNull();
		assertThat(text).as("the text of %s", slug).contains((String) quote);
	}

	private static String slugOf(Map<?, ?> source, Map<?, ?> citation) {
		if (source != null && source.get("id") instanceof String id) {
			String typeAndKey = ApiAssertions.typeAndKey(id);
			return typeAndKey.substring(typeAndKey.indexOf(':') + 1);
		}
		for (String key : List.of("title", "name", "url")) {
			if (source != null && source.get(key) instanceof String value && SLUGS_BY_TITLE_OR_URL.containsKey(value)) {
				return SLUGS_BY_TITLE_OR_URL.get(value);
			}
		}
		return fail("A verbatim citation names no source the tests know (select its id, title, name or url): %s", citation);
	}

	private static Map<String, String> bundledSources() {
		Map<String, String> slugs = new HashMap<>();
		try (InputStream in = new ClassPathResource("data/sources.yaml").getInputStream()) {
			for (JsonNode source : YAMLMapper.builder().build().readTree(in).path("sources")) {
				String slug = source.path("slug").asString();
				if (source.hasNonNull("title")) {
					slugs.put(source.path("title").asString(), slug);
				}
				if (source.hasNonNull("url")) {
					slugs.put(source.path("url").asString(), slug);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the bundled sources", ex);
		}
		return slugs;
	}

}
