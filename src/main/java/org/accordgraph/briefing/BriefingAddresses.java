package org.accordgraph.briefing;

import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The {@code briefing} field of the types a briefing is about: where its page and its PDF are
 * served, as paths of the service, with the options asked for.
 */
@Component
class BriefingAddresses implements RuntimeWiringConfigurer {

	/** The API's address of a briefing: its page and its PDF. */
	record BriefingAddress(String html, String pdf) {
	}

	private record Keyed(String type, BriefingKind kind, String key) {
	}

	private static final List<Keyed> TYPES = List.of(new Keyed("Country", BriefingKind.COUNTRY, "code"),
			new Keyed("Declaration", BriefingKind.INSTRUMENT, "slug"),
			new Keyed("ActionPlan", BriefingKind.INSTRUMENT, "slug"),
			new Keyed("LegalInstrument", BriefingKind.INSTRUMENT, "slug"),
			new Keyed("ConferenceSeries", BriefingKind.SERIES, "slug"),
			new Keyed("Commitment", BriefingKind.COMMITMENT, "slug"));

	static String path(BriefingKind kind, String key, String suffix) {
		return "/briefings/" + kind.path() + "/" + UriUtils.encodePathSegment(key + suffix, "UTF-8");
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		TYPES.forEach(typed -> wiring.type(typed.type(), type -> type.dataFetcher("briefing", address(typed))));
	}

	private static DataFetcher<BriefingAddress> address(Keyed typed) {
		DataFetcher<?> key = PropertyDataFetcher.fetching(typed.key());
		return environment -> {
			String value = (String) key.get(environment);
			UriComponentsBuilder query = UriComponentsBuilder.newInstance();
			Object asOf = environment.getArgument("asOf");
			if (asOf != null) {
				query.queryParam("asOf", asOf.toString());
			}
			if (Boolean.TRUE.equals(environment.getArgument("statedOnly"))) {
				query.queryParam("basis", "STATED");
			}
			String lang = Words.of(environment.getArgumentOrDefault("lang", "en")).language();
			if (!"en".equals(lang)) {
				query.queryParam("lang", lang);
			}
			String options = query.build().toUriString();
			return new BriefingAddress(path(typed.kind(), value, "") + options,
					path(typed.kind(), value, ".pdf") + options);
		};
	}

}
