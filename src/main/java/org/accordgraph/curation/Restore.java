package org.accordgraph.curation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.accordgraph.audit.ChangeLog;
import org.accordgraph.audit.ChangeLog.Change;
import org.accordgraph.format.GraphChange;
import org.accordgraph.format.Label;
import org.accordgraph.format.RelationshipType;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.GlobalId;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Puts a node, and the relationships from and to it, back as they stood just after a change of
 * the audit trail. The state of each at sequence S is the state after its last change up to S;
 * or, if it changed only later, the state before its first change after S; or, if the trail
 * never saw it change, as it is. A node or relationship that did not exist then is removed, one
 * removed since is made again (a relationship only where both its ends exist). Where the node was
 * deleted after S, everything its deletion changed comes back with it, as it stood just before:
 * what a cascade removed with it, and the citations it took out of other facts; unless one of
 * those changed again since, which is refused rather than undone unseen. Every later change the
 * restore undoes, in whole or in part, is named in what it answers.
 */
@Component
class Restore {

	private final Neo4jClient neo4j;

	private final ChangeLog changeLog;

	private final Sections sections;

	Restore(Neo4jClient neo4j, ChangeLog changeLog, Sections sections) {
		this.neo4j = neo4j;
		this.changeLog = changeLog;
		this.sections = sections;
	}

	/** A restore that would undo, unseen, a change made to another node or relationship since. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

	/**
	 * A later change a restore undoes: what of it it undoes, and what else that change did, which
	 * the restore leaves as it is.
	 */
	record Reversed(long sequence, OffsetDateTime at, String by, String operation, List<String> undone,
			List<String> leftAsIs) {
	}

	/** What a restore changed, and the later changes it undid doing so. */
	record Restoration(List<GraphChange> changes, List<Reversed> reverses) {

		/** The changes it undoes only in part: they also changed other nodes or relationships. */
		List<Reversed> undoneInPart() {
			return this.reverses.stream().filter(reversed -> !reversed.leftAsIs().isEmpty()).toList();
		}

		List<Long> sequences() {
			return this.reverses.stream().map(Reversed::sequence).toList();
		}

	}

	/** Puts the node back as it stood just after the change of that sequence, in the caller's transaction. */
	Restoration restore(GlobalId id, long sequence) {
		String node = id.typeAndKey();
		Map<String, List<Change>> byEntity = new LinkedHashMap<>();
		List<Change> ofNode = this.changeLog.find(node, null, null, null, null, Integer.MAX_VALUE);
		for (Change change : ofNode) {
			byEntity.computeIfAbsent(change.entity(), e -> new ArrayList<>()).add(change);
		}
		for (Change deletion : ofNode) {
			if (deletion.sequence() > sequence && deletion.entity().equals(node) && deletion.after() == null) {
				withTheRestOf(deletion.sequence(), byEntity);
			}
		}
		List<GraphChange> changes = new ArrayList<>();
		List<Map.Entry<String, List<Change>>> entities = new ArrayList<>(byEntity.entrySet());
		entities.sort((a, b) -> Boolean.compare(a.getKey().contains("->"), b.getKey().contains("->")));
		for (var entry : entities) {
			Map<String, Object> then = stateAt(entry.getValue(), sequence);
			GraphChange change = entry.getKey().contains("->") ? relationship(entry.getKey(), then)
					: node(entry.getKey(), then);
			if (change != null) {
				changes.add(change);
			}
		}
		return new Restoration(changes, reversed(changes, byEntity, sequence));
	}

	/** The later changes to what the restore changed, each with what of it is undone and what is not. */
	private List<Reversed> reversed(List<GraphChange> changes, Map<String, List<Change>> byEntity, long sequence) {
		Set<String> changed = new HashSet<>();
		changes.forEach(change -> changed.add(change.entity()));
		SortedSet<Long> later = new TreeSet<>();
		for (String entity : changed) {
			byEntity.get(entity).stream().filter(change -> change.sequence() > sequence).forEach(change -> later.add(change.sequence()));
		}
		List<Reversed> reversed = new ArrayList<>();
		for (long each : later) {
			List<Change> parts = this.changeLog.ofSequence(each);
			List<String> undone = new ArrayList<>();
			List<String> leftAsIs = new ArrayList<>();
			for (Change part : parts) {
				if (changed.contains(part.entity())) {
					undone.add(part.entity());
				}
				else if (!byEntity.containsKey(part.entity())) {
					leftAsIs.add(part.entity());
				}
			}
			Change first = parts.get(0);
			reversed.add(new Reversed(each, first.at(), first.by(), first.operation(), undone, leftAsIs));
		}
		return reversed;
	}

	/**
	 * Adds what else the deletion changed, each to be put back as it stood before it: refused where
	 * a later change touched it again.
	 */
	private void withTheRestOf(long deletion, Map<String, List<Change>> byEntity) {
		for (Change change : this.changeLog.ofSequence(deletion)) {
			if (byEntity.containsKey(change.entity())) {
				continue;
			}
			Change later = this.changeLog.firstAfter(change.entity(), deletion);
			if (later != null) {
				throw new Refused("change " + deletion + " deleted it with " + change.entity() + ", which change "
						+ later.sequence() + " changed again since: restore that first, or put it back by hand");
			}
			byEntity.put(change.entity(), List.of(change));
		}
	}

	/** The state at the sequence, or {@link #MISSING} where the entity did not exist then. */
	private static Map<String, Object> stateAt(List<Change> changes, long sequence) {
		Change last = null;
		for (Change change : changes) {
			if (change.sequence() <= sequence) {
				last = change;
			}
		}
		if (last != null) {
			return (last.after() != null) ? last.after() : MISSING;
		}
		Change first = changes.get(0);
		return (first.before() != null) ? first.before() : MISSING;
	}

	private static final Map<String, Object> MISSING = Map.of("$missing", true);

	private GraphChange node(String entity, Map<String, Object> then) {
		Label label = label(entity);
		String key = key(entity);
		Map<String, Object> now = this.neo4j.query("MATCH (n:%s {%s: $key}) RETURN properties(n)".formatted(label,
				label.keyProperty())).bind(key).to("key").fetchAs(Map.class).one().map(Restore::map).orElse(null);
		if (then == MISSING) {
			if (now == null) {
				return null;
			}
			this.neo4j.query("MATCH (n:%s {%s: $key}) DETACH DELETE n".formatted(label, label.keyProperty()))
				.bind(key).to("key").run();
			return new GraphChange(entity, label.name(), key, null, null, null, now, null);
		}
		Map<String, Object> restored = new HashMap<>(then);
		long version = (now != null) ? ((Number) now.getOrDefault("version", 0L)).longValue() + 1 : 0;
		restored.put("version", version);
		if (now != null && withoutVersion(now).equals(withoutVersion(restored))) {
			return null;
		}
		this.neo4j.query("MERGE (n:%s {%s: $key}) SET n = $state".formatted(label, label.keyProperty()))
			.bindAll(Map.of("key", key, "state", restored)).run();
		return new GraphChange(entity, label.name(), key, null, null, null, now, restored);
	}

	private GraphChange relationship(String entity, Map<String, Object> then) {
		int arrow = entity.indexOf("->");
		String to = entity.substring(arrow + 2);
		String head = entity.substring(0, arrow);
		RelationshipType type = this.sections.relationshipType(head.substring(head.lastIndexOf('-') + 1));
		String from = head.substring(0, head.lastIndexOf('-'));
		Label fromLabel = label(from);
		Label toLabel = label(to);
		String match = "MATCH (a:%s {%s: $from})-[r:%s]->(b:%s {%s: $to})".formatted(fromLabel,
				fromLabel.keyProperty(), type, toLabel, toLabel.keyProperty());
		Map<String, Object> params = Map.of("from", key(from), "to", key(to));
		Map<String, Object> now = this.neo4j.query(match + " RETURN properties(r)").bindAll(params).fetchAs(Map.class)
			.one().map(Restore::map).orElse(null);
		if (then == MISSING) {
			if (now == null) {
				return null;
			}
			this.neo4j.query(match + " DELETE r").bindAll(params).run();
			return new GraphChange(entity, null, null, type.name(), from, to, now, null);
		}
		if (then.equals(now)) {
			return null;
		}
		long made = this.neo4j.query("""
				MATCH (a:%s {%s: $from}) MATCH (b:%s {%s: $to})
				MERGE (a)-[r:%s]->(b) SET r = $state RETURN count(r)""".formatted(fromLabel, fromLabel.keyProperty(),
				toLabel, toLabel.keyProperty(), type))
			.bindAll(Map.of("from", key(from), "to", key(to), "state", then)).fetchAs(Long.class).one().orElse(0L);
		return (made == 0) ? null : new GraphChange(entity, null, null, type.name(), from, to, now, then);
	}

	private static Map<String, Object> withoutVersion(Map<String, Object> state) {
		Map<String, Object> copy = new HashMap<>(state);
		copy.remove("version");
		return copy;
	}

	/** The label of a node the audit trail names, as the registry knows it. */
	private Label label(String node) {
		return this.sections.label(node.substring(0, node.indexOf(':')));
	}

	private static String key(String node) {
		return node.substring(node.indexOf(':') + 1);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
