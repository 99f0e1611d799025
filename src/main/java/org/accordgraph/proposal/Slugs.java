package org.accordgraph.proposal;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs for the nodes a proposal would create, made from their names. */
final class Slugs {

	private Slugs() {
	}

	static String of(String... parts) {
		String joined = String.join(" ", parts);
		String ascii = Normalizer.normalize(joined, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9а-яё]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "proposed" : slug;
	}

}
