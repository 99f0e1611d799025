package org.accordgraph.instrument;

import java.util.List;
import java.util.Set;

import org.accordgraph.actor.Actor;
import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.RelationshipField;

import org.springframework.stereotype.Component;

/** {@code actionPlans}: national and regional action plans, their period, their country and who adopted them. */
@Component
public final class ActionPlanSection extends AbstractSection<ActionPlanSection.Entry> {

	public record Entry(String slug, String title, String scope, Integer periodStart, Integer periodEnd,
			Integer cycleYears, Link country, Link adoptedBy, String note, List<String> cite, String basis,
			String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}
	}

	public ActionPlanSection() {
		super("actionPlans", "ActionPlan", Entry.class, 41, Entry::slug,
				RelationshipField.link("OF", "country", Set.of("Country")),
				RelationshipField.link("ADOPTED_BY", "adoptedBy", Actor.LABELS));
		readAs(ActionPlan.class, ActionPlan::slug, ActionPlan::from);
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
