package org.accordgraph.proposal;

import java.util.Locale;

/** The languages a document may be proposed in. */
public enum Language {

	EN, RU;

	/** The language whose letters make up most of the text's: Cyrillic for Russian, else English. */
	static Language detect(String text) {
		long cyrillic = text.codePoints().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC).count();
		long letters = text.codePoints().filter(Character::isLetter).count();
		return (letters > 0 && cyrillic * 2 > letters) ? RU : EN;
	}

	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
