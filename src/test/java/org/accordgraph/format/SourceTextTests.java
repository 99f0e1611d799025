package org.accordgraph.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextTests {

	private final SourceText text = new SourceText("Title\n\nFirst\u00a0 paragraph, one sentence.\n\n"
			+ "Second paragraph. It has\ntwo lines.\n");

	@Test
	void findsAQuoteWhateverItsSpacesAndKeepsTheSourcesOwnCharacters() {
		var passage = this.text.find("First paragraph, one sentence.").orElseThrow();
		assertThat(passage.exactText()).isEqualTo("First\u00a0 paragraph, one sentence.");
		assertThat(passage.paragraph()).isEqualTo(2);
	}

	@Test
	void aQuoteMayRunAcrossLineBreaks() {
		var passage = this.text.find("It has two lines.").orElseThrow();
		assertThat(passage.exactText()).isEqualTo("It has\ntwo lines.");
		assertThat(passage.paragraph()).isEqualTo(3);
	}

	@Test
	void aQuoteMustMatchLetterForLetter() {
		assertThat(this.text.find("first paragraph, one sentence.")).isEmpty();
		assertThat(this.text.find("First paragraph one sentence.")).isEmpty();
		assertThat(this.text.find("   ")).isEmpty();
	}

	@Test
	void theFirstParagraphIsNumberOne() {
		assertThat(this.text.find("Title").orElseThrow().paragraph()).isEqualTo(1);
		assertThat(this.text.find("Second").orElseThrow().paragraph()).isEqualTo(3);
	}

}
