package org.accordgraph.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.Problem.Rule;
import org.accordgraph.format.RelationshipField;
import org.accordgraph.theme.ThemeSection;

import org.springframework.stereotype.Component;

/** {@code statements}: what a person said, where and in what capacity, word for word when {@code direct}. */
@Component
public final class StatementSection extends AbstractSection<StatementSection.Entry> {

	public record Entry(String slug, String speaker, String position, String event, Boolean direct, String text,
			String note, List<String> themes, List<Link> topics, List<Link> refersTo, List<String> cite, String basis,
			String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			themes = Entries.orEmpty(themes);
			topics = Entries.orEmpty(topics);
			refersTo = Entries.orEmpty(refersTo);
			cite = Entries.orEmpty(cite);
		}
	}

	public StatementSection() {
		super("statements", "Statement", Entry.class, 33, Entry::slug,
				RelationshipField.ref("SPOKEN_BY", "speaker", Set.of("Person")),
				RelationshipField.ref("IN_CAPACITY_OF", "position", Set.of("Position")),
				RelationshipField.ref("AT", "event", Set.of("Conference")), ThemeSection.FIELD,
				RelationshipField.links("DISCUSSED", "topics", Set.of("Topic")),
				RelationshipField.links("REFERS_TO", "refersTo", Set.of("Source")));
		readAs(Statement.class, Statement::slug, Statement::from);
	}

	@Override
	public void map(Entry x, Mapping m) {
		String text = m.require(x.text(), "text");
		boolean direct = Boolean.TRUE.equals(x.direct());
		Map<String, Object> grounds = m.cited("Statement",
				Mapping.props("slug", x.slug(), "text", text, "direct", direct, "note", x.note()), x, null);
		if (direct && text != null && !m.quotedWordForWord(x.cite(), text)) {
			m.problem(Rule.NOT_IN_SOURCE, "text", "a direct statement must occur word for word in one of its verbatim citations");
		}
		m.ref("Statement", x.slug(), "SPOKEN_BY", x.speaker(), "speaker", Set.of("Person"), grounds, true);
		m.ref("Statement", x.slug(), "IN_CAPACITY_OF", x.position(), "position", Set.of("Position"), grounds, false);
		m.ref("Statement", x.slug(), "AT", x.event(), "event", Set.of("Conference"), grounds, false);
		ThemeSection.onThemes(m, "Statement", x.slug(), x.themes(), grounds);
		m.links("Statement", x.slug(), "DISCUSSED", x.topics(), "topics");
		m.links("Statement", x.slug(), "REFERS_TO", x.refersTo(), "refersTo");
	}

}
