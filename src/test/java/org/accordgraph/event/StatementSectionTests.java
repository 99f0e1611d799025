package org.accordgraph.event;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.accordgraph.ApiAssertions.datasetProblems;
import static org.assertj.core.api.Assertions.assertThat;

/** What the {@code statements} section of the dataset format refuses. */
class StatementSectionTests {

	@Test
	void aDirectStatementMustBeTheSpeakersWordsAsQuoted() {
		assertThat(datasetProblems("""
				sources:
				  - slug: gazette
				    title: Gazette
				    noUrl: A test source, held in the test.
				    text: gazette.txt
				    citations:
				      kz: "Kazakhstan is a country."
				people:
				  - {slug: speaker, name: Speaker, cite: [gazette#kz]}
				statements:
				  - {slug: said, speaker: speaker, direct: true, text: "Kazakhstan is a small country.", cite: [gazette#kz]}
				""", Map.of("gazette.txt", "Kazakhstan is a  country.\n"))).containsExactly(
				"test.yaml statements[0] (said).text: a direct statement must occur word for word in one of its verbatim citations");
	}

}
