package org.accordgraph.instrument;

import java.util.List;

import org.accordgraph.evidence.Cited;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A national or regional action plan, covering the calendar years {@code periodStart} to {@code periodEnd}. */
public record ActionPlan(String slug, String title, ActionPlanScope scope, Integer periodStart, Integer periodEnd,
		String note, List<String> citationKeys) implements Cited {

	public static ActionPlan from(MapAccessor node) {
		return new ActionPlan(Fields.text(node, "slug"), Fields.text(node, "title"),
				ActionPlanScope.valueOf(Fields.text(node, "scope")), Fields.integer(node, "periodStart"),
				Fields.integer(node, "periodEnd"), Fields.text(node, "note"), Fields.texts(node, "citations"));
	}

}
