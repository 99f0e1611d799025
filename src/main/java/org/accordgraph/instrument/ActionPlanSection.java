package org.accordgraph.instrument;

import java.util.List;
import java.util.Set;

import org.accordgraph.actor.Actor;
import org.accordgraph.evidence.Entries;
import org.accordgraph.evidence.Entries.Known;
import org.accordgraph.evidence.Entries.Link;
import org.accordgraph.evidence.Mapping;
import org.accordgraph.evidence.RelationshipField;
import org.accordgraph.evidence.Section;

/** {@code actionPlans}: national and regional action plans, their period, their country and who adopted them. */
public final class ActionPlanSection implements Section<ActionPlanSection.Entry> {

	public record Entry(String slug, String title, String scope, Integer periodStart, Integer periodEnd,
			Integer cycleYears, Link country, Link adoptedBy, String note, List<String> cite, String basis,
			String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}
	}

	private static final List<RelationshipField> FIELDS = List.of(RelationshipField.link("OF", "country", Set.of("Country")),
			RelationshipField.link("ADOPTED_BY", "adoptedBy", Actor.LABELS));

	@Override
	public String name() {
		return "actionPlans";
	}

	@Override
	public String label() {
		return "ActionPlan";
	}

	@Override
	public Class<Entry> entryType() {
		return Entry.class;
	}

	@Override
	public String key(Entry entry) {
		return entry.slug();
	}

	@Override
	public int order() {
		return 41;
	}

	@Override
	public List<RelationshipField> fields() {
		return FIELDS;
	}

	@Override
	public void map(Entry x, Mapping m) {
		m.cited("ActionPlan", Mapping.props("slug", x.slug(), "title", m.require(x.title(), "title"), "scope",
				Mapping.name(m.parse(m.require(x.scope(), "scope"), ActionPlanScope.class, "scope")), "periodStart", x.periodStart(),
				"periodEnd", x.periodEnd(), "cycleYears", x.cycleYears(), "note", x.note()), x, null);
		m.link("ActionPlan", x.slug(), "OF", x.country(), "country");
		m.link("ActionPlan", x.slug(), "ADOPTED_BY", x.adoptedBy(), "adoptedBy");
	}

}
