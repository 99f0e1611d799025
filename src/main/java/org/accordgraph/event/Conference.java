package org.accordgraph.event;

import java.time.LocalDate;
import java.util.List;

import org.accordgraph.evidence.Cited;
import org.accordgraph.neo4j.Fields;
import org.neo4j.driver.types.MapAccessor;

/** A conference: when, where, why; who hosted, organised, funded and attended it is in the graph. */
public record Conference(String slug, String title, LocalDate startDate, LocalDate endDate, String city,
		String aim, String note, Integer participantCount, List<String> citationKeys) implements Cited {

	public static Conference from(MapAccessor node) {
		return new Conference(Fields.text(node, "slug"), Fields.text(node, "title"), Fields.date(node, "startDate"),
				Fields.date(node, "endDate"), Fields.text(node, "city"), Fields.text(node, "aim"),
				Fields.text(node, "note"), Fields.integer(node, "participantCount"), Fields.texts(node, "citations"));
	}

}
