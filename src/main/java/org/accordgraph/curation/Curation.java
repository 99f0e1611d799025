package org.accordgraph.curation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.accordgraph.audit.ChangeLog;
import org.accordgraph.format.Dataset;
import org.accordgraph.format.DatasetException;
import org.accordgraph.format.DatasetWrites;
import org.accordgraph.format.GraphChange;
import org.accordgraph.format.WriteMode;
import org.accordgraph.format.Written;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a curator's change: in one transaction, the records it makes are checked and written
 * through the same {@link DatasetWrites} that imports use (or, for a deletion or a restore, the
 * change is made as it is prepared), and the audit trail records every
 * node and relationship changed, under the signed-in user's name. If anything is wrong nothing
 * is written, and the problems come back as user errors naming the input's fields. A transaction
 * that loses a deadlock to another writer is run again.
 */
@Service
class Curation {

	private static final Logger log = LoggerFactory.getLogger(Curation.class);

	private static final int ATTEMPTS = 5;

	private final DatasetWrites writes;

	private final ChangeLog changeLog;

	private final TransactionTemplate transactions;

	Curation(DatasetWrites writes, ChangeLog changeLog, PlatformTransactionManager transactions) {
		this.writes = writes;
		this.changeLog = changeLog;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setTimeout(30);
	}

	/**
	 * What a change is made of, worked out inside its transaction (after any lock it takes): the
	 * records of the dataset format's sections and the texts of the sources they define; or,
	 * instead, why it is refused.
	 */
	record Prepared(Dataset records, Map<String, String> sourceTexts, UserError refusal, Written applied,
			List<Long> reverses) {

		static Prepared records(Dataset records) {
			return records(records, Map.of());
		}

		/** Records to write, with the texts of the sources among them, by slug. */
		static Prepared records(Dataset records, Map<String, String> sourceTexts) {
			return new Prepared(records, sourceTexts, null, null, List.of());
		}

		static Prepared refused(UserError refusal) {
			return new Prepared(null, null, refusal, null, List.of());
		}

		/** A change the preparation made itself (a deletion), to be recorded as it is. */
		static Prepared applied(List<GraphChange> changes) {
			return applied(new Written(0, changes.size(), 0, changes));
		}

		/** A write the preparation made itself (an import). */
		static Prepared applied(Written written) {
			return new Prepared(null, null, null, written, List.of());
		}

		/** A restore the preparation made itself, reversing those earlier changes. */
		static Prepared restored(List<GraphChange> changes, List<Long> reverses) {
			return new Prepared(null, null, null, new Written(0, changes.size(), 0, changes), List.copyOf(reverses));
		}

	}

	/**
	 * The user errors, none if the change was made; what was written; and the sequence number of
	 * the change in the audit trail (0 if it changed nothing, or was a dry run).
	 */
	record Outcome(List<UserError> userErrors, Written written, long sequence) {

		boolean made() {
			return this.userErrors.isEmpty();
		}

	}

	Outcome change(String operation, InputPaths paths, Supplier<Prepared> preparation) {
		return change(operation, paths, false, preparation);
	}

	/** @param dryRun whether to roll the change back once it is made, for what it would do */
	Outcome change(String operation, InputPaths paths, boolean dryRun, Supplier<Prepared> preparation) {
		return change(operation, paths, dryRun, this.transactions, preparation);
	}

	/**
	 * A change that may take longer than a mutation (an import).
	 * @throws TimedOut if it did not finish in time, having changed nothing
	 */
	Outcome changeWithin(Duration timeout, String operation, InputPaths paths, boolean dryRun,
			Supplier<Prepared> preparation) {
		TransactionTemplate within = new TransactionTemplate(this.transactions.getTransactionManager());
		within.setTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
		try {
			return change(operation, paths, dryRun, within, preparation);
		}
		catch (DataAccessException ex) {
			if (isTimeout(ex)) {
				throw new TimedOut(timeout);
			}
			throw ex;
		}
	}

	/** A change that ran out of time, and so changed nothing. */
	static final class TimedOut extends RuntimeException {

		TimedOut(Duration timeout) {
			super("It did not finish within " + timeout.toSeconds() + " seconds, and changed nothing");
		}

	}

	private static boolean isTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code().contains("TransactionTimedOut")) {
				return true;
			}
		}
		return false;
	}

	private Outcome change(String operation, InputPaths paths, boolean dryRun, TransactionTemplate transactions,
			Supplier<Prepared> preparation) {
		String user = currentUser();
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> {
					Prepared prepared = preparation.get();
					if (prepared.refusal() != null) {
						status.setRollbackOnly();
						return new Outcome(List.of(prepared.refusal()), null, 0);
					}
					Written written = (prepared.applied() != null) ? prepared.applied()
							: this.writes.write(operation, prepared.records(), prepared.sourceTexts(), WriteMode.CREATE, true);
					if (dryRun) {
						status.setRollbackOnly();
						return new Outcome(List.of(), written, 0);
					}
					return new Outcome(List.of(), written, this.changeLog.record(operation, user, written.changes(),
							prepared.reverses()));
				});
			}
			catch (DatasetException ex) {
				return new Outcome(ex.details().stream().map(paths::of).distinct().toList(), null, 0);
			}
			catch (TransientDataAccessException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.debug("{} by {} met another writer (attempt {}), running it again", operation, user, attempt, ex);
			}
		}
	}

	private static String currentUser() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return (signedIn != null) ? signedIn.getName() : "anonymous";
	}

}
