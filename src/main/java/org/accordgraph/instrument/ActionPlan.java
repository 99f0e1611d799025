package org.accordgraph.instrument;

import org.accordgraph.fact.Cited;
import org.accordgraph.fact.Grounds;
import org.accordgraph.neo4j.Fields;
import org.accordgraph.neo4j.Revision;
import org.accordgraph.neo4j.Revision.Revised;
import org.neo4j.driver.types.MapAccessor;

/** A national or regional action plan, covering the calendar years {@code periodStart} to {@code periodEnd}. */
public record ActionPlan(String slug, Revision revision, String title, ActionPlanScope scope, Integer periodStart, Integer periodEnd, Integer cycleYears,
		String note, Grounds grounds) implements Cited, Revised {

	public static ActionPlan from(MapAccessor node) {
		return new ActionPlan(Fields.text(node, "slug"), Revision.of(node), Fields.text(node, "title"),
				ActionPlanScope.valueOf(Fields.text(node, "scope")), Fields.integer(node, "periodStart"),
				Fields.integer(node, "periodEnd"), Fields.integer(node, "cycleYears"), Fields.text(node, "note"), Grounds.from(node));
	}

}
