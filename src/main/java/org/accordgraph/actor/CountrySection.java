package org.accordgraph.actor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.Problem.Rule;

import org.springframework.stereotype.Component;

/** {@code countries}: countries by their ISO 3166-1 alpha-2 code, with their names in other languages. */
@Component
public final class CountrySection extends AbstractSection<CountrySection.Entry> {

	public record Entry(String code, String name, Map<String, String> names, String region, List<String> cite,
			String basis, String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			names = (names != null) ? names : Map.of();
			cite = Entries.orEmpty(cite);
		}
	}

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	public CountrySection() {
		super("countries", "Country", Entry.class, 20, Entry::code);
		keyedBy("code");
		readAs(Country.class, Country::code, Country::from);
	}

	@Override
	public void define(Entry entry, Mapping m) {
		if (entry.code() == null || !COUNTRY_CODE.matcher(entry.code()).matches()) {
			m.problem(Rule.FORMAT, "code", "must be an ISO 3166-1 alpha-2 code in capitals, not '" + entry.code() + "'");
		}
		else if (!ISO_COUNTRIES.contains(entry.code()) && !userAssigned(entry.code())) {
			m.problem(Rule.NOT_IN_LIST, "code", "'" + entry.code() + "' is not an ISO 3166-1 alpha-2 country code");
		}
		else {
			m.define(entry.code(), "Country");
		}
	}

	@Override
	public void map(Entry x, Mapping m) {
		Map<String, Object> props = Mapping.props("code", x.code(), "name", m.require(x.name(), "name"), "region",
				x.region());
		Mapping.localNames(props, x.names());
		m.cited("Country", props, x, null);
	}

	/** The codes ISO 3166-1 leaves to its users, such as XK, which many use for Kosovo. */
	private static boolean userAssigned(String code) {
		return code.equals("AA") || code.equals("ZZ") || code.charAt(0) == 'X'
				|| (code.charAt(0) == 'Q' && code.charAt(1) >= 'M');
	}

}
