package org.accordgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the citations in a GraphQL response: every {@code citations} list holds at least one
 * citation, and every verbatim quote occurs letter for letter in the text of its source, read
 * from this test's own copy ({@code src/test/resources/sources}).
 */
public final class CitedFacts {

	public static final String PRESS_RELEASE = "unodc-press-release-astana-2023";

	private CitedFacts() {
	}

	/** The test copy of a source's text. */
	public static String sourceText(String slug) {
		try (InputStream in = new ClassPathResource("sources/" + slug + ".txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("No test copy of source " + slug, ex);
		}
	}

	/**
	 * @param response the response's data, as maps and lists
	 * @return how many citations were checked
	 */
	public static int assertEveryCitationSourced(Object response) {
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
					checked += assertEveryCitationSourced(entry.getValue());
				}
			}
		}
		else if (response instanceof List<?> list) {
			for (Object element : list) {
				checked += assertEveryCitationSourced(element);
			}
		}
		return checked;
	}

	private static void assertQuoteSourced(Map<?, ?> citation) {
		Object quote = citation.get("quote");
		if (quote != null && Boolean.TRUE.equals(citation.get("verbatim"))) {
			// only the press release is held as text in the bundled data
			assertThat(sourceText(PRESS_RELEASE)).as("source text").contains((String) quote);
		}
	}

}
