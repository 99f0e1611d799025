package org.accordgraph.proposal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of an organisation the graph does not hold, where its name says it ("Ministry of ...",
 * "Embassy of ...", "Академия ..."): the dataset format's {@code kind}. Where its name does not say
 * it, none is proposed, and the curator chooses one.
 */
final class OrganisationKinds {

	private static final Map<Pattern, String> BY_NAME = new LinkedHashMap<>();

	static {
		BY_NAME.put(words("Embassy|Consulate|Посольств|Консульств"), "DIPLOMATIC_MISSION");
		BY_NAME.put(words("Parliament|Majilis|Mazhilis|Oliy Majlis|Jogorku Kenesh|Majlisi|Парламент|Мажилис|Жогорку Кенеш"),
				"PARLIAMENT");
		BY_NAME.put(words("Supreme Court|Court|Верховный суд|Суд"), "COURT");
		BY_NAME.put(words("Academy|University|Institute|Академи|Университет|Институт"), "ACADEMY");
		BY_NAME.put(words("Police|Prosecutor|Border|Customs|Полици|Прокуратур|Пограничн|Таможен"), "LAW_ENFORCEMENT");
		BY_NAME.put(words("Ministry|Commission|Committee|Agency of the Republic|Government|Министерств|Комисси|Комитет|Правительств"),
				"GOVERNMENT_BODY");
		BY_NAME.put(words("Foundation|Association|Public Fund|Public Association|NGO|Фонд|Ассоциаци|Общественн"), "NGO");
	}

	private OrganisationKinds() {
	}

	static Optional<String> of(String name) {
		return BY_NAME.entrySet()
			.stream()
			.filter(entry -> entry.getKey().matcher(name).find())
			.map(Map.Entry::getValue)
			.findFirst();
	}

	private static Pattern words(String alternatives) {
		return Pattern.compile("(?<![\\p{L}])(" + alternatives + ")", Pattern.UNICODE_CASE);
	}

}
