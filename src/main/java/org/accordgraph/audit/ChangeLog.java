package org.accordgraph.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.format.GraphChange;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in the graph: each mutation that changes anything takes the next sequence
 * number and leaves one {@code Change} node per node or relationship it changed, with its state
 * before and after kept as properties of the change ({@code before:city}, {@code after:city}),
 * so that every value keeps its type and a state can be restored exactly. Taking the number
 * locks the sequence until the mutation commits, so numbers follow the order in which changes
 * become visible.
 */
@Component
public class ChangeLog {

	private final Neo4jClient neo4j;

	static final String BEFORE = "before:";

	static final String AFTER = "after:";

	/** The changes to the nodes of {@code $keys}, or to relationships from or to them. */
	private static final String TOUCHING = """
			CALL (*) {
			  MATCH (c:Change) WHERE c.entity IN $keys RETURN c
			  UNION
			  MATCH (c:Change) WHERE c.from IN $keys RETURN c
			  UNION
			  MATCH (c:Change) WHERE c.to IN $keys RETURN c
			}""";

	ChangeLog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * A change as the API shows it: {@code before} and {@code after} are null where the node or
	 * relationship did not exist; {@code reverses} names the changes a restore undid.
	 */
	public record Change(long sequence, int part, OffsetDateTime at, String by, String operation, String entity,
			String nodeKey, String toKey, Map<String, Object> before, Map<String, Object> after, List<Long> reverses) {

		/** Whether it changed the node of that key ({@code Commitment:slug}), or a relationship from or to it. */
		boolean touches(String key) {
			return key.equals(this.nodeKey) || key.equals(this.toKey);
		}

	}

	/** Records the changes in the caller's transaction; returns the sequence number, or 0 if nothing changed. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long record(String operation, String user, List<GraphChange> changes) {
		return record(operation, user, changes, List.of());
	}

	/**
	 * Records the changes of a restore in the caller's transaction, naming the earlier changes it
	 * reversed; returns the sequence number, or 0 if nothing changed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long record(String operation, String user, List<GraphChange> changes, List<Long> reverses) {
		if (changes.isEmpty()) {
			return 0;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int part = 0; part < changes.size(); part++) {
			GraphChange change = changes.get(part);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("part", part);
			row.put("entity", change.entity());
			row.put("from", (change.from() != null) ? change.from() : change.entity());
			row.put("to", change.to());
			row.put("hadBefore", change.before() != null);
			row.put("hasAfter", change.after() != null);
			Map<String, Object> state = new LinkedHashMap<>();
			if (change.before() != null) {
				change.before().forEach((name, value) -> state.put(BEFORE + name, value));
			}
			if (change.after() != null) {
				change.after().forEach((name, value) -> state.put(AFTER + name, value));
			}
			row.put("state", state);
			rows.add(row);
		}
		// the lock is taken (by the first SET) before the sequence is read, so no two changes share a number
		return this.neo4j.query("""
				MERGE (s:ChangeSequence {name: 'changes'})
				SET s.locked = true REMOVE s.locked
				WITH s, coalesce(s.last, 0) + 1 AS sequence
				SET s.last = sequence
				WITH sequence
				UNWIND $rows AS row
				CREATE (c:Change {sequence: sequence, part: row.part, at: datetime.transaction('UTC'), by: $by,
				                  operation: $operation, entity: row.entity, from: row.from, to: row.to,
				                  hadBefore: row.hadBefore, hasAfter: row.hasAfter, reverses: $reverses})
				SET c += row.state
				RETURN DISTINCT sequence""")
			.bindAll(Map.of("rows", rows, "by", user, "operation", operation, "reverses", reverses))
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	/** Changes that match every filter given (a null filter matches all), oldest first. */
	@Transactional(readOnly = true)
	public List<Change> find(String entity, String by, OffsetDateTime since, OffsetDateTime until, Long afterSequence,
			int first) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("keys", (entity != null) ? List.of(entity) : null);
		params.put("by", by);
		params.put("since", since);
		params.put("until", until);
		params.put("after", (afterSequence != null) ? afterSequence : 0L);
		params.put("first", first);
		String match = (entity != null) ? TOUCHING : "MATCH (c:Change)";
		return changes(match + """

				WITH c WHERE c.sequence > $after
				  AND ($by IS NULL OR c.by = $by)
				  AND ($since IS NULL OR c.at >= $since)
				  AND ($until IS NULL OR c.at < $until)
				RETURN c ORDER BY c.sequence, c.part LIMIT $first""", params);
	}

	/**
	 * The latest changes, newest first: with keys ({@code Commitment:slug}), only those to these
	 * nodes or to relationships from or to them; with a sequence, only those before it.
	 */
	@Transactional(readOnly = true)
	public List<Change> latest(List<String> keys, Long beforeSequence, int last) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("keys", keys);
		params.put("before", (beforeSequence != null) ? beforeSequence : Long.MAX_VALUE);
		params.put("last", last);
		String match = (keys != null) ? TOUCHING : "MATCH (c:Change)";
		return changes(match + """

				WITH c WHERE c.sequence < $before
				RETURN c ORDER BY c.sequence DESC, c.part DESC LIMIT $last""", params);
	}

	/** The first change to that node or relationship itself after the sequence; null if none. */
	public Change firstAfter(String entity, long sequence) {
		return this.neo4j.query("""
				MATCH (c:Change {entity: $entity}) WHERE c.sequence > $sequence
				RETURN c ORDER BY c.sequence LIMIT 1""")
			.bindAll(Map.of("entity", entity, "sequence", sequence))
			.fetchAs(Change.class)
			.mappedBy((types, row) -> change(row.get("c").asNode()))
			.one()
			.orElse(null);
	}

	/** Every part of one change, in order. */
	public List<Change> ofSequence(long sequence) {
		return changes("MATCH (c:Change {sequence: $sequence}) RETURN c ORDER BY c.part", Map.of("sequence", sequence));
	}

	/** The sequence number of the last change made; 0 before any. */
	long lastSequence() {
		return this.neo4j.query("OPTIONAL MATCH (s:ChangeSequence {name: 'changes'}) RETURN coalesce(s.last, 0)")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** At most {@code first} changes after the part of the change given, oldest first. */
	List<Change> after(long sequence, int part, int first) {
		return changes("""
				MATCH (c:Change) WHERE c.sequence >= $sequence
				WITH c WHERE c.sequence > $sequence OR c.part > $part
				RETURN c ORDER BY c.sequence, c.part LIMIT $first""",
				Map.of("sequence", sequence, "part", part, "first", first));
	}

	/** The changes a statement returns as {@code c}, in its order. */
	private List<Change> changes(String cypher, Map<String, Object> parameters) {
		return this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(Change.class)
			.mappedBy((types, row) -> change(row.get("c").asNode()))
			.all()
			.stream()
			.toList();
	}

	static Change change(org.neo4j.driver.types.Node c) {
		return new Change(c.get("sequence").asLong(), c.get("part").asInt(0),
				c.get("at").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
				c.get("by").asString(), c.get("operation").asString(), c.get("entity").asString(),
				c.get("from").asString(), c.get("to").asString(null), c.get("hadBefore").asBoolean() ? state(c, BEFORE) : null,
				c.get("hasAfter").asBoolean() ? state(c, AFTER) : null,
				c.get("reverses").asList(value -> value.asLong(), List.of()));
	}

	/** The properties of the change that start with the prefix, without it: a state as it was. */
	private static Map<String, Object> state(org.neo4j.driver.types.Node c, String prefix) {
		Map<String, Object> state = new java.util.TreeMap<>();
		for (String key : c.keys()) {
			if (key.startsWith(prefix)) {
				state.put(key.substring(prefix.length()), c.get(key).asObject());
			}
		}
		return state;
	}

}
