package org.accordgraph.evidence;

import java.util.List;
import java.util.Set;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.Problem.Rule;
import org.accordgraph.format.RelationshipField;

import org.springframework.stereotype.Component;

/** {@code statistics}: figures as their sources report them, with the source that reported each. */
@Component
public final class StatisticSection extends AbstractSection<StatisticSection.Entry> {

	public record Entry(String slug, String measure, Double value, String unit, Integer year, String area,
			String qualifier, Link reportedIn, List<String> cite, String basis, String reasoning,
			List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}
	}

	public StatisticSection() {
		super("statistics", "Statistic", Entry.class, 34, Entry::slug,
				RelationshipField.link("REPORTED_IN", "reportedIn", Set.of("Source")));
		readAs(Statistic.class, Statistic::slug, Statistic::from);
	}

	@Override
	public void map(Entry s, Mapping m) {
		m.cited("Statistic", Mapping.props("slug", s.slug(), "measure", m.require(s.measure(), "measure"), "value",
				s.value(), "unit", Mapping.name(m.parse(s.unit(), StatisticUnit.class, "unit")), "year", s.year(),
				"area", s.area(), "qualifier", s.qualifier()), s, null);
		if (s.value() == null && s.qualifier() == null) {
			m.problem(Rule.REQUIRED, "value", "a statistic needs a value or a qualifier");
		}
		m.link("Statistic", s.slug(), "REPORTED_IN", s.reportedIn(), "reportedIn");
	}

}
