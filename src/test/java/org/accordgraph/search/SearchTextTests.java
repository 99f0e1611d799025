package org.accordgraph.search;

import org.accordgraph.graphql.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchTextTests {

	@Test
	void wordsAndPhrasesBecomeAQueryOfWordsOnly() {
		SearchText text = SearchText.parse("Trafficking \"every life\" (KZ)");
		assertThat(text.words()).containsExactly("trafficking", "every", "life", "kz");
		assertThat(text.query()).contains("trafficking^2", "trafficking*", "\"every life\"", "name:kz^4")
			.doesNotContain("(KZ)")
			.doesNotContain("kz*");
	}

	@ParameterizedTest
	@ValueSource(strings = { "+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "\"", "~", "*", "?", ":",
			"\\", "/" })
	void luceneSyntaxIsNeverPassedOn(String special) {
		SearchText text = SearchText.parse("law" + special + "110");
		assertThat(text.words()).containsExactly("law", "110");
		assertThat(text.query()).isEqualTo(SearchText.parse("law 110").query());
	}

	@Test
	void operatorWordsAreSearchedAsWords() {
		SearchText text = SearchText.parse("law AND NOT draft OR TO");
		assertThat(text.words()).containsExactly("law", "and", "not", "draft", "or", "to");
		assertThat(text.query()).isEqualTo(SearchText.parse("law and not draft or to").query())
			.doesNotContainPattern("\\bNOT\\b|\\bTO\\b|&&|\\|\\||!");
		assertThat(text.query().split(" AND ")).as("one clause a word, joined by the service's own AND").hasSize(6);
	}

	@Test
	void russianWordsAreWords() {
		assertThat(SearchText.parse("Казахстан, 2024!").words()).containsExactly("казахстан", "2024");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "&& || !", "\"\"" })
	void textWithoutAWordIsRefused(String empty) {
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> SearchText.parse(empty))
			.satisfies(ex -> assertThat(ex.argument()).isEqualTo("text"));
	}

	@Test
	void veryLongTextIsRefused() {
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> SearchText.parse("a".repeat(501)))
			.withMessageContaining("at most 500 characters");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> SearchText.parse("word ".repeat(33)))
			.withMessageContaining("at most 32 words");
	}

}
