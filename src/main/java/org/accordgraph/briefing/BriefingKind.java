package org.accordgraph.briefing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.accordgraph.graphql.InvalidArgumentException;

/** What a briefing can be about, as its address names it: {@code /briefings/country/KZ}. */
public enum BriefingKind {

	/** A country, by its ISO code. */
	COUNTRY,
	/** A declaration, action plan or law, by its slug. */
	INSTRUMENT,
	/** A conference series, by its slug. */
	SERIES,
	/** A commitment, by its slug. */
	COMMITMENT;

	/** The kind's name in an address. */
	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static BriefingKind fromPath(String path) {
		return Arrays.stream(values())
			.filter(kind -> kind.path().equals(path))
			.findFirst()
			.orElseThrow(() -> new InvalidArgumentException("kind",
					"'" + path + "' is not one of " + Arrays.stream(values()).map(BriefingKind::path)
						.collect(Collectors.joining(", "))));
	}

}
