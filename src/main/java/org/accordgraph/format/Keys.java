package org.accordgraph.format;

/** What names a node of each label: the ISO code of a country or theme, the key of a citation, the slug of anything else. */
public final class Keys {

	private Keys() {
	}

	/** The property that holds a node's key, by its label. */
	public static String property(String label) {
		return switch (label) {
			case "Country", "Theme" -> "code";
			case "Citation" -> "key";
			default -> "slug";
		};
	}

}
