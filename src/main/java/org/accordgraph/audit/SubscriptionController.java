package org.accordgraph.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.accordgraph.audit.ChangeLog.Change;
import org.accordgraph.format.Sections;
import org.accordgraph.graphql.InvalidArgumentException;
import org.accordgraph.graphql.NodeTypes;
import org.accordgraph.graphql.NotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * Live updates: the changes curators make, and an object each time it changes, read from the audit
 * trail (see {@link ChangeFeed}); features follow their own views of the changes with the feed too
 * (a series' rotation: {@code commitment}).
 */
@Controller
class SubscriptionController {

	private static final int MAX_RECENT = 500;

	private final ChangeFeed feed;

	private final ChangeLog changeLog;

	private final NodeTypes nodes;

	private final Sections sections;

	SubscriptionController(ChangeFeed feed, ChangeLog changeLog, NodeTypes nodes, Sections sections) {
		this.feed = feed;
		this.changeLog = changeLog;
		this.nodes = nodes;
		this.sections = sections;
	}

	/** What a subscriber sees of a change: no user, no values (the audit trail, for curators, has them). */
	record ChangeEvent(long sequence, OffsetDateTime at, String operation, String entity, String kind,
			List<String> fields, String nodeKey) {

		static ChangeEvent of(Change change) {
			String kind = (change.before() == null) ? "CREATED" : (change.after() == null) ? "DELETED" : "UPDATED";
			TreeSet<String> fields = new TreeSet<>();
			Map<String, Object> before = (change.before() != null) ? change.before() : Map.of();
			Map<String, Object> after = (change.after() != null) ? change.after() : Map.of();
			fields.addAll(before.keySet());
			fields.addAll(after.keySet());
			fields.removeIf(name -> Objects.deepEquals(before.get(name), after.get(name)) || name.equals("version"));
			return new ChangeEvent(change.sequence(), change.at(), change.operation(), change.entity(), kind,
					List.copyOf(fields), change.nodeKey());
		}

	}

	record ChangeFilter(String entity, List<String> types, List<String> operations) {
	}

	@QueryMapping
	long lastChangeSequence() {
		return this.feed.lastSequence();
	}

	/** The latest changes as subscribers see them, newest first, for readers who poll (feeds). */
	@QueryMapping
	List<ChangeEvent> recentChanges(@Argument List<String> entities, @Argument Long beforeSequence, @Argument int last) {
		if (last < 1 || last > MAX_RECENT) {
			throw new InvalidArgumentException("last", "must be between 1 and " + MAX_RECENT + ", not " + last);
		}
		if (entities != null && entities.size() > MAX_RECENT) {
			throw new InvalidArgumentException("entities", "at most " + MAX_RECENT + " ids, not " + entities.size());
		}
		List<String> keys = null;
		if (entities != null) {
			keys = new ArrayList<>();
			for (int i = 0; i < entities.size(); i++) {
				keys.add(key(entities.get(i), "entities." + i));
			}
		}
		return this.changeLog.latest(keys, beforeSequence, last).stream().map(ChangeEvent::of).toList();
	}

	@SubscriptionMapping
	Flux<ChangeEvent> changes(@Argument ChangeFilter filter, @Argument Long afterSequence) {
		String entity = (filter != null && filter.entity() != null) ? key(filter.entity(), "filter.entity") : null;
		if (filter != null && filter.types() != null) {
			filter.types().forEach(this::checkType);
		}
		return this.feed.after(afterSequence).filter(change -> {
			if (filter == null) {
				return true;
			}
			String type = change.nodeKey().substring(0, change.nodeKey().indexOf(':'));
			return (entity == null || change.touches(entity))
					&& (filter.types() == null || filter.types().contains(type))
					&& (filter.operations() == null || filter.operations().contains(change.operation()));
		}).map(ChangeEvent::of);
	}

	@SchemaMapping(typeName = "ChangeEvent")
	Object node(ChangeEvent event) {
		return this.nodes.find(event.nodeKey()).orElse(null);
	}

	/** The object now, and again after each change that touches it; the stream ends once the object is gone. */
	@SubscriptionMapping
	Flux<Object> nodeChanged(@Argument String id) {
		String key = key(id, "id");
		long seen = this.feed.lastSequence();
		Object now = this.nodes.find(key).orElseThrow(() -> new NotFoundException("id", "there is no object " + key));
		return Flux.just(now)
			.concatWith(this.feed.after(seen)
				.filter(change -> change.touches(key))
				.map(Change::sequence)
				.distinctUntilChanged()
				.concatMap(sequence -> Mono.justOrEmpty(this.nodes.find(key)).defaultIfEmpty(Gone.GONE)))
			.takeWhile(node -> node != Gone.GONE);
	}

	/** A type the filter names must be a label of the graph: a name nothing could match is a mistake. */
	private void checkType(String type) {
		try {
			this.sections.label(type);
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidArgumentException("filter.types", "'" + type + "' is not a type of the graph, such as "
					+ "Commitment or Conference");
		}
	}

	private String key(String id, String argument) {
		return this.nodes.decode(id, argument).typeAndKey();
	}

	/** Marks an object deleted, a stream having no room for null. */
	private enum Gone {

		GONE

	}

}
