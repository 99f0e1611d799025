package org.accordgraph.evidence;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.accordgraph.ApiAssertions.TEST_SOURCE_FILES;
import static org.accordgraph.ApiAssertions.datasetProblems;
import static org.assertj.core.api.Assertions.assertThat;

/** What the {@code sources} section of the dataset format refuses: where a source can be read, and its passages. */
class SourceSectionTests {

	@Test
	void aQuoteNotInTheSourceTextIsRefused() {
		assertThat(datasetProblems("""
				sources:
				  - slug: gazette
				    title: Gazette
				    noUrl: A test source, held in the test.
				    text: gazette.txt
				    citations:
				      kz: "Kazakhstan is a big country."
				""", TEST_SOURCE_FILES)).containsExactly(
				"test.yaml sources[0] (gazette).citations.kz: does not occur in the text of gazette: \"Kazakhstan is a big country.\"");
	}

	@Test
	void aSourceSaysWhereItCanBeReadAndEveryPassageIsCited() {
		assertThat(datasetProblems("""
				sources:
				  - slug: rumour
				    publisher: Somebody
				    citations:
				      said: "Somebody said so."
				      unused: "Nobody cites this."
				  - slug: trap
				    publisher: Somebody else
				    url: "javascript:alert(1)"
				    citations:
				      said: "Somebody else said so."
				countries:
				  - {code: KZ, name: Kazakhstan, cite: [rumour#said, trap#said]}
				""", Map.of())).containsExactly(
				"test.yaml sources[0] (rumour).url: give the source's address, or else say in `noUrl` why none is known",
				"test.yaml sources[1] (trap).url: must be a web address starting with http:// or https://",
				"test.yaml sources[0] (rumour).citations.unused: is never cited: cite it from a fact or remove it");
	}

}
