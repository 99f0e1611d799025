package org.accordgraph.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordgraph.proposal.Gazetteer.Entry;
import org.accordgraph.proposal.Gazetteer.Found;

import org.springframework.stereotype.Component;

/**
 * Other names of organisations the graph holds: an acronym in brackets right after the name
 * ("the International Organization for Migration (IOM)"), where the graph does not know it. It
 * becomes the organisation's {@code acronym} where it has none, or one of its other names.
 */
@Component
class AliasProposer {

	private static final Pattern ACRONYM = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}\\p{Ll}&.\\-]{1,11}?)\\)");

	private final ProposalRepository graph;

	AliasProposer(ProposalRepository graph) {
		this.graph = graph;
	}

	List<Proposal> propose(Reading reading) {
		List<Proposal> proposals = new ArrayList<>();
		for (Span sentence : reading.sentences()) {
			for (Found found : reading.namesIn(sentence)) {
				if (!found.means("Organisation")) {
					continue;
				}
				Matcher acronym = ACRONYM.matcher(reading.text().substring(found.span().end(), sentence.end()));
				if (!acronym.find() || acronym.group(1).chars().filter(Character::isUpperCase).count() < 2) {
					continue;
				}
				String alias = acronym.group(1);
				Entry organisation = found.first("Organisation");
				Map<String, Object> names = this.graph.organisationNames(organisation.key());
				Object held = names.get("acronym");
				if (alias.equals(held) || ((List<?>) names.getOrDefault("alsoKnownAs", List.of())).contains(alias)) {
					continue;
				}
				Map<String, Object> record = new LinkedHashMap<>();
				record.put("slug", organisation.key());
				if (held == null) {
					record.put("acronym", alias);
				}
				else {
					record.put("alsoKnownAs", List.of(alias));
				}
				proposals.add(Proposed.of(ProposalKind.ALIAS, sentence, Map.of("organisations", List.of(record)))
					.match("organisation", found, organisation)
					.confidence(0.8)
					.build());
			}
		}
		return proposals;
	}

}
