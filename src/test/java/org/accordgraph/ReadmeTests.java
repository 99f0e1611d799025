package org.accordgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example requests are the documents the API tests run, word for word: the ten
 * questions, then the capabilities, then the curator's session with its variables.
 */
class ReadmeTests {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	@Test
	void everyExampleRequestIsATestedQuestion() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Matcher blocks = GRAPHQL_BLOCK.matcher(readme);
		List<String> examples = blocks.results().map(match -> match.group(1)).toList();
		List<String> questions = documents("questions");
		List<String> capabilities = documents("capabilities");
		List<String> curation = documents("curation");
		assertThat(questions).hasSize(10);
		assertThat(capabilities).hasSize(8);
		assertThat(curation).hasSize(9);
		assertThat(examples).isEqualTo(Stream.of(questions, capabilities, curation).flatMap(List::stream).toList());
	}

	@Test
	void everyCuratorExampleShowsItsVariables() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test/curation"))) {
			files.filter(file -> file.toString().endsWith(".json"))
				.forEach(file -> assertThat(readme).as(file.toString()).contains("```json\n" + read(file) + "```"));
		}
	}

	private static List<String> documents(String folder) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test", folder))) {
			return files.filter(file -> file.toString().endsWith(".graphql")).sorted().map(ReadmeTests::read).toList();
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
