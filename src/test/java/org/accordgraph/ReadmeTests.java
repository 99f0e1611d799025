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
 * questions, then the capabilities.
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
		assertThat(questions).hasSize(10);
		assertThat(capabilities).hasSize(8);
		assertThat(examples).isEqualTo(Stream.concat(questions.stream(), capabilities.stream()).toList());
	}

	private static List<String> documents(String folder) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test", folder))) {
			return files.sorted().map(ReadmeTests::read).toList();
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
