package org.accordgraph.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The batches of proposals held for curators, as drafts in the graph ({@code ProposalBatch}
 * nodes, which no reader sees and no export holds), so that any instance of the service can
 * accept a batch another one proposed: the newest {@code batchesKept}, each for
 * {@code batchLifetime}. A batch is accepted once: the change that accepts it marks it in its own
 * transaction, so that it is marked if and only if the change is written, and a second change
 * waits for the first and is then refused.
 */
@Component
public class ProposalBatches {

	private static final TypeReference<List<Proposal>> PROPOSALS = new TypeReference<>() {
	};

	private final Neo4jClient neo4j;

	private final JsonMapper json;

	private final ProposalLimits limits;

	private final Clock clock = Clock.systemUTC();

	ProposalBatches(Neo4jClient neo4j, ProposalLimits limits) {
		this.neo4j = neo4j;
		this.json = JsonMapper.builder().build();
		this.limits = limits;
	}

	Instant now() {
		return this.clock.instant();
	}

	Instant expiry(Instant proposedAt) {
		return proposedAt.plus(this.limits.batchLifetime());
	}

	/** Keeps the batch, and forgets those expired and the oldest beyond {@code batchesKept}. */
	@Transactional
	void keep(ProposalBatch batch) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", batch.id());
		row.put("text", batch.text());
		row.put("language", batch.language().name());
		row.put("source", this.json.writeValueAsString(batch.source()));
		row.put("proposals", this.json.writeValueAsString(batch.proposals()));
		row.put("withheld", batch.withheld());
		row.put("proposedAt", batch.proposedAt().atOffset(ZoneOffset.UTC));
		row.put("expiresAt", batch.expiresAt().atOffset(ZoneOffset.UTC));
		this.neo4j.query("CREATE (b:ProposalBatch) SET b = $row").bind(row).to("row").run();
		this.neo4j.query("""
				MATCH (b:ProposalBatch) WHERE b.expiresAt < $now
				DETACH DELETE b""").bind(now().atOffset(ZoneOffset.UTC)).to("now").run();
		this.neo4j.query("""
				MATCH (b:ProposalBatch) WITH b ORDER BY b.proposedAt DESC SKIP $kept
				DETACH DELETE b""").bind(this.limits.batchesKept()).to("kept").run();
	}

	/** The batch, if it is held and has not expired; whether it was accepted is {@link #acceptedAt}'s. */
	@Transactional(readOnly = true)
	public Optional<ProposalBatch> find(String id) {
		return this.neo4j.query("MATCH (b:ProposalBatch {id: $id}) WHERE b.expiresAt >= $now RETURN b")
			.bindAll(Map.of("id", id, "now", now().atOffset(ZoneOffset.UTC)))
			.fetchAs(ProposalBatch.class)
			.mappedBy((types, record) -> {
				var node = record.get("b").asNode();
				return new ProposalBatch(node.get("id").asString(), node.get("text").asString(),
						Language.valueOf(node.get("language").asString()),
						this.json.readValue(node.get("source").asString(), DocumentSource.class),
						this.json.readValue(node.get("proposals").asString(), PROPOSALS), node.get("withheld").asInt(),
						node.get("proposedAt").asZonedDateTime().toInstant(), node.get("expiresAt").asZonedDateTime().toInstant());
			})
			.one();
	}

	/** When the batch was accepted, if it was. */
	@Transactional(readOnly = true)
	public Optional<Instant> acceptedAt(String id) {
		return this.neo4j.query("MATCH (b:ProposalBatch {id: $id}) WHERE b.acceptedAt IS NOT NULL RETURN b.acceptedAt")
			.bind(id)
			.to("id")
			.fetchAs(Instant.class)
			.mappedBy((types, record) -> record.get(0).asZonedDateTime().toInstant())
			.one();
	}

	/**
	 * Marks the batch accepted, in the caller's transaction (the change that accepts it), having
	 * locked it first: why it cannot be, or empty if it now is.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<String> markAccepted(String id, String curator) {
		List<Map<String, Object>> rows = this.neo4j.query("""
				MATCH (b:ProposalBatch {id: $id}) WHERE b.expiresAt >= $now
				SET b.locked = true REMOVE b.locked
				WITH b, b.acceptedAt AS before
				SET b.acceptedAt = coalesce(before, datetime.transaction('UTC')), b.acceptedBy = coalesce(b.acceptedBy, $by)
				RETURN toString(before) AS before""")
			.bindAll(Map.of("id", id, "now", now().atOffset(ZoneOffset.UTC), "by", curator))
			.fetch()
			.all()
			.stream()
			.toList();
		if (rows.isEmpty()) {
			return Optional.of(missing(id));
		}
		Object before = rows.get(0).get("before");
		return (before != null) ? Optional.of(acceptedAlready(id, before.toString())) : Optional.empty();
	}

	/** Why a batch that is not held cannot be used. */
	public String missing(String id) {
		return "There is no batch '" + id + "': it was never proposed, or has expired (" + this.limits.batchLifetime().toHours()
				+ " hours) or been forgotten since; propose the document again.";
	}

	/** Why a batch accepted once cannot be accepted again. */
	public String acceptedAlready(String id, String at) {
		return "The batch '" + id + "' was accepted already, at " + at + ".";
	}

}
