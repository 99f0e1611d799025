package org.accordgraph.actor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.DateEntry;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.EntryFields;
import org.accordgraph.format.Label;
import org.accordgraph.format.Mapping;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** {@code people}: people named by the sources, with the posts they held. */
@Component
public final class PersonSection extends AbstractSection<PersonSection.Entry> {

	public record Entry(String slug, String name, List<String> alsoKnownAs, List<PositionEntry> positions,
			List<String> cite, String basis, String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			alsoKnownAs = Entries.orEmpty(alsoKnownAs);
			positions = Entries.orEmpty(positions);
			cite = Entries.orEmpty(cite);
		}
	}

	/** A post held: dated by {@code from}/{@code until}, a day it was held on, or an event held at. */
	public record PositionEntry(String slug, String title, String organisation, DateEntry from, DateEntry until,
			DateEntry heldOn, String heldAt, String contact, String note, List<String> cite, String basis,
			String reasoning, List<String> restsOn) implements Known {
		public PositionEntry {
			restsOn = Entries.orEmpty(restsOn);
			cite = Entries.orEmpty(cite);
		}
	}

	public PersonSection() {
		super("people", "Person", Entry.class, 23, Entry::slug);
		alsoDefines("Position", "slug");
		alsoRelates("HELD", "HELD_AT");
		readAs(Person.class, Person::slug, Person::from);
		readAs("Position", Position.class, Position::slug, Position::from, "n");
	}

	@Override
	public void define(Entry entry, Mapping m) {
		m.define(entry.slug(), "Person");
		entry.positions().forEach(position -> m.define(position.slug(), "Position"));
	}

	@Override
	public void map(Entry p, Mapping m) {
		m.cited("Person", Mapping.props("slug", p.slug(), "name", m.require(p.name(), "name"), "alsoKnownAs",
				p.alsoKnownAs()), p, null);
		for (int i = 0; i < p.positions().size(); i++) {
			var position = p.positions().get(i);
			String field = "positions[" + i + "]";
			Map<String, Object> props = Mapping.props("slug", position.slug(), "title",
					m.require(position.title(), field + ".title"), "contact", position.contact(), "note",
					position.note());
			m.date(props, "from", position.from(), position.cite(), field + ".from");
			m.date(props, "until", position.until(), position.cite(), field + ".until");
			m.date(props, "heldOn", position.heldOn(), position.cite(), field + ".heldOn");
			Map<String, Object> grounds = m.cited("Position", props, position, field);
			m.plan().relationship("Person", p.slug(), "HELD", "Position", position.slug(), grounds);
			m.ref("Position", position.slug(), "AT", position.organisation(), field + ".organisation",
					Set.of("Organisation"), grounds, false);
			m.ref("Position", position.slug(), "HELD_AT", position.heldAt(), field + ".heldAt", Set.of("Conference"),
					grounds, false);
		}
	}

	@Override
	public String exportQuery(Label label, String where) {
		return "MATCH (n:Person)" + where + " RETURN n, " + EntryFields.OUTGOING
				+ ", COLLECT { MATCH (n)-[:HELD]->(p:Position) RETURN {position: p, out: COLLECT { MATCH (p)-[r]->(m) RETURN {type: type(r), to: coalesce(m.slug, m.code, m.key)} AS o ORDER BY o.type, o.to }} AS x ORDER BY x.position.slug } AS positions ORDER BY n.slug";
	}

	@Override
	public Map<String, Object> exportEntry(Record row, SourceTexts texts) {
		Map<String, Object> entry = EntryFields.entry(row, fields());
		entry.put("positions", row.get("positions").asList(PersonSection::position));
		return entry;
	}

	private static Map<String, Object> position(Value row) {
		Map<String, Object> position = EntryFields.properties(row.get("position").asNode());
		for (Value out : row.get("out").values()) {
			String name = switch (out.get("type").asString()) {
				case "AT" -> "organisation";
				case "HELD_AT" -> "heldAt";
				default -> null;
			};
			if (name != null) {
				position.put(name, out.get("to").asString());
			}
		}
		return position;
	}

}
