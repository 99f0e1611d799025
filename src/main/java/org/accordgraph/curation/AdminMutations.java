package org.accordgraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.format.GraphChange;
import org.accordgraph.graphql.GlobalId;
import org.accordgraph.graphql.NodeTypes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** What only an administrator does to the graph: delete a node, restore one to an earlier state. */
@Controller
class AdminMutations {

	private final Curation curation;

	private final NodeTypes nodes;

	private final Versions versions;

	private final Deletion deletion;

	private final Restore restore;

	AdminMutations(Curation curation, NodeTypes nodes, Versions versions, Deletion deletion, Restore restore) {
		this.curation = curation;
		this.nodes = nodes;
		this.versions = versions;
		this.deletion = deletion;
		this.restore = restore;
	}

	record RestoreNodeInput(String id, long sequence, Integer expectedVersion, Boolean dryRun, Boolean force) {
	}

	record RestorePayload(Object node, List<String> restored, List<Restore.Reversed> reverses, Long sequence,
			List<UserError> userErrors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	RestorePayload restoreNode(@Argument RestoreNodeInput input) {
		GlobalId id = this.nodes.decode(input.id(), "id");
		long sequence = input.sequence();
		boolean dryRun = Boolean.TRUE.equals(input.dryRun());
		String named = id.type() + " '" + id.key() + "'";
		AtomicReference<Restore.Restoration> done = new AtomicReference<>();
		AtomicReference<Object> node = new AtomicReference<>();
		Outcome outcome = this.curation.change("restoreNode", InputPaths.renaming(Map.of(), "citations"), dryRun, () -> {
			if (this.nodes.find(id).isPresent()) {
				UserError stale = this.versions.lock(id, "id", input.expectedVersion());
				if (stale != null) {
					return Prepared.refused(stale);
				}
			}
			Restore.Restoration restoration;
			try {
				restoration = this.restore.restore(id, sequence);
			}
			catch (Restore.Refused refused) {
				return Prepared.refused(new UserError(List.of("input", "sequence"), named + ": " + refused.getMessage(),
						"INCONSISTENT"));
			}
			done.set(restoration);
			if (restoration.changes().isEmpty()) {
				return Prepared.refused(new UserError(List.of("input", "sequence"), named
						+ " is already as it stood after change " + sequence + ", or the audit trail has no change to it",
						"INCONSISTENT"));
			}
			if (!restoration.undoneInPart().isEmpty() && !Boolean.TRUE.equals(input.force())) {
				return Prepared.refused(new UserError(List.of("input", "force"), named + ": "
						+ undoneInPart(restoration) + "; restoring only its part would leave the rest of "
						+ ((restoration.undoneInPart().size() == 1) ? "that change" : "those changes")
						+ " as it is: say force: true to go on, or restore those first", "INCONSISTENT"));
			}
			node.set(this.nodes.find(id).orElse(null));
			return Prepared.restored(restoration.changes(), restoration.sequences());
		});
		Restore.Restoration restoration = done.get();
		return new RestorePayload(outcome.made() && !dryRun ? node.get() : null,
				outcome.made() ? restoration.changes().stream().map(GraphChange::entity).toList() : List.of(),
				(restoration != null) ? restoration.reverses() : List.of(), outcome.made() && !dryRun
						? outcome.sequence() : null, outcome.userErrors());
	}

	/** Names each change a restore would undo only in part, and what else it changed. */
	private static String undoneInPart(Restore.Restoration restoration) {
		return restoration.undoneInPart()
			.stream()
			.map(reversed -> "change " + reversed.sequence() + " (" + reversed.operation() + " by " + reversed.by()
					+ ") also changed " + String.join(", ", reversed.leftAsIs()))
			.collect(Collectors.joining("; "));
	}

	record DeleteNodeInput(String id, Integer expectedVersion, Boolean cascade) {
	}

	record DeletePayload(String deletedId, List<String> deleted, List<String> dependants,
			List<UserError> userErrors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	DeletePayload deleteNode(@Argument DeleteNodeInput input) {
		GlobalId id = this.nodes.decode(input.id(), "id");
		boolean cascade = Boolean.TRUE.equals(input.cascade());
		List<String> dependants = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		Outcome outcome = this.curation.change(cascade ? "deleteNode (cascade)" : "deleteNode",
				InputPaths.renaming(Map.of(), "citations"), () -> {
					UserError stale = this.versions.lock(id, "id", input.expectedVersion());
					if (stale != null) {
						return Prepared.refused(stale);
					}
					try {
						dependants.addAll(this.deletion.dependants(id));
					}
					catch (Deletion.TooLarge ex) {
						return Prepared.refused(new UserError(List.of("input", "id"), id.type() + " '" + id.key() + "': "
								+ ex.getMessage(), "HAS_DEPENDANTS"));
					}
					if (!cascade && !dependants.isEmpty()) {
						return Prepared.refused(new UserError(List.of("input", "id"), id.type() + " '" + id.key()
								+ "' has " + dependants.size() + " dependant(s), listed in `dependants`: "
								+ String.join(", ", dependants.stream().limit(10).toList())
								+ ((dependants.size() > 10) ? ", ..." : "")
								+ ". Change or delete them first, or ask for the cascade", "HAS_DEPENDANTS"));
					}
					var changes = this.deletion.delete(id);
					changes.stream().filter(change -> change.after() == null && change.label() != null)
						.forEach(change -> deleted.add(change.entity()));
					return Prepared.applied(changes);
				});
		return new DeletePayload(outcome.made() ? id.encode() : null, outcome.made() ? deleted : List.of(),
				dependants, outcome.userErrors());
	}
}
