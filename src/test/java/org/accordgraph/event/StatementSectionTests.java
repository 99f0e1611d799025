package org.accordgraph.event;

import org.junit.jupiter.api.Test;

import static org.accordgraph.ApiAssertions.TEST_SOURCES;
import static org.accordgraph.ApiAssertions.TEST_SOURCE_FILES;
import static org.accordgraph.ApiAssertions.datasetProblems;
import static org.assertj.core.api.Assertions.assertThat;

/** What the {@code statements} section of the dataset format refuses. */
class StatementSectionTests {

	@Test
	void aDirectStatementMustBeTheSpeakersWordsAsQuoted() {
		assertThat(datasetProblems(TEST_SOURCES + """
				people:
				  - {slug: speaker, name: Speaker, cite: [gazette#kz, summary#kz]}
				statements:
				  - {slug: said, speaker: speaker, direct: true, text: "Kazakhstan is a small country.", cite: [gazette#kz]}
				""", TEST_SOURCE_FILES)).containsExactly(
				"test.yaml statements[0] (said).text: a direct statement must occur word for word in one of its verbatim citations");
	}

}
