package org.accordgraph.format;

import org.accordgraph.fact.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates a passage names, in English and in Russian, to the precision its words give. */
class DateMentionsTests {

	@Test
	void englishDatesAreNamedToTheirPrecision() {
		DateMentions days = new DateMentions("The conference was held from 25 to 26 November 2021 in Bukhara.");
		assertThat(days.names(PartialDate.parse("2021-11-25"))).isTrue();
		assertThat(days.names(PartialDate.parse("2021-11-26"))).isTrue();
		assertThat(new DateMentions("In November 2022 the plan was adopted.").names(PartialDate.parse("2022-11"))).isTrue();
		assertThat(new DateMentions("On 27 July a conference opened.").names(PartialDate.parse("2023-07-27"))).isFalse();
	}

	@Test
	void russianDatesAreNamedInTheFormsADateTakes() {
		assertThat(new DateMentions("18 сентября 2024 года в Алматы открылась конференция.")
			.names(PartialDate.parse("2024-09-18"))).isTrue();
		DateMentions range = new DateMentions("Конференция прошла с 25 по 26 ноября 2021 года в Бухаре.");
		assertThat(range.names(PartialDate.parse("2021-11-25"))).isTrue();
		assertThat(range.names(PartialDate.parse("2021-11-26"))).isTrue();
		assertThat(new DateMentions("План принят в мае 2023 года.").names(PartialDate.parse("2023-05"))).isTrue();
		assertThat(new DateMentions("Встреча состоится 3 марта 2025 г.").names(PartialDate.parse("2025-03-03"))).isTrue();
		assertThat(new DateMentions("30 июля отмечается Всемирный день.").names(PartialDate.parse("2024-07-30"))).isFalse();
		assertThat(new DateMentions("не позднее сентября 2024 года").bounds(PartialDate.parse("2024-09"))).isTrue();
		assertThat(new DateMentions("примерно в марте 2024 года").hedges(PartialDate.parse("2024-03"))).isTrue();
	}

}
