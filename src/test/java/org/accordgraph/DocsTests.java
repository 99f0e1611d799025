package org.accordgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manual's example requests are the documents the API tests run, word for word: the ten
 * questions, the capabilities, and the curator's session with its variables; and every link
 * between the README and the manual leads to a file that exists.
 */
class DocsTests {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern LOCAL_LINK = Pattern.compile("\\]\\(((?!https?:|#)[^)#]+)(#[^)]*)?\\)");

	@Test
	void everyExampleRequestIsATestedOne() throws IOException {
		assertThat(examples("docs/questions.md")).isEqualTo(documents("questions")).hasSize(10);
		assertThat(examples("docs/exploring.md")).isEqualTo(documents("capabilities")).hasSize(9);
		assertThat(examples("docs/curating.md")).isEqualTo(documents("curation")).hasSize(9);
		assertThat(examples("docs/proposing.md")).isEqualTo(documents("proposal")).hasSize(2);
		assertThat(examples("docs/publishing.md")).isEqualTo(documents("publishing")).hasSize(1);
	}

	@Test
	void everyCuratorExampleShowsItsVariables() throws IOException {
		for (String[] page : new String[][] { { "docs/curating.md", "curation" }, { "docs/proposing.md", "proposal" } }) {
			String session = Files.readString(Path.of(page[0]));
			try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test", page[1]))) {
				files.filter(file -> file.toString().endsWith(".json"))
					.forEach(file -> assertThat(session).as(file.toString()).contains("```json\n" + read(file) + "```"));
			}
		}
	}

	@Test
	void everyLinkOfTheReadmeAndTheManualLeadsToAFile() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> manual = Files.list(Path.of("docs"))) {
			manual.filter(file -> file.toString().endsWith(".md")).forEach(pages::add);
		}
		for (Path page : pages) {
			Matcher links = LOCAL_LINK.matcher(Files.readString(page));
			while (links.find()) {
				Path target = page.resolveSibling(links.group(1)).normalize();
				assertThat(target).as(page + " links to " + links.group(1)).exists();
			}
		}
	}

	private static List<String> examples(String page) throws IOException {
		Matcher blocks = GRAPHQL_BLOCK.matcher(Files.readString(Path.of(page)));
		return blocks.results().map(match -> match.group(1)).toList();
	}

	private static List<String> documents(String folder) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test", folder))) {
			return files.filter(file -> file.toString().endsWith(".graphql")).sorted().map(DocsTests::read).toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
