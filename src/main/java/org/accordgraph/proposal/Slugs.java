package org.accordgraph.proposal;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/** Slugs for the nodes a proposal would create, made from their names. */
public final class Slugs {

	/** Cyrillic and accented letters written in ASCII, as the dataset format's slugs are. */
	private static final Transliterator TO_ASCII = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");

	private Slugs() {
	}

	public static String of(String... parts) {
		String joined = String.join(" ", parts);
		String ascii = TO_ASCII.transliterate(joined);
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "proposed" : slug;
	}


	/** The first words of the text, no longer than that, cut where a word ends: what a long text's slug is made of. */
	static String firstWords(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = text.lastIndexOf(' ', length);
		return text.substring(0, (end > 0) ? end : length);
	}

}
