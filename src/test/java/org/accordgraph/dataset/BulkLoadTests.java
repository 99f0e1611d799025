package org.accordgraph.dataset;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.format.DatasetWrites;
import org.accordgraph.format.TransactionLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.emptyGraph;
import static org.accordgraph.ApiAssertions.facts;
import static org.accordgraph.ApiAssertions.restoreBundledGraph;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dataset loaded in bulk, batch by batch, into an empty database: the same graph as an import in
 * one transaction; nothing of it shown to readers until it is complete; finished by loading it
 * again after it stopped half-way; refused by a graph that holds facts.
 */
@AccordGraphTest
class BulkLoadTests {

	private static final String QUERY = "{\"query\": \"{ country(code: \\\"KZ\\\") { name } }\"}";

	@Autowired
	BulkLoad bulkLoad;

	@Autowired
	DatasetWrites writes;

	@Autowired
	LoadedDatasets datasets;

	@Autowired
	IncompleteLoadGate gate;

	@Autowired
	DatasetImporter importer;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@LocalServerPort
	int port;

	private Map<String, Object> imported;

	@BeforeEach
	void factsAsImported() {
		this.imported = facts(this.neo4j);
	}

	/** A load that went as it should leaves the graph as the import wrote it; anything else is put back. */
	@AfterEach
	void bundledGraphAgain() {
		if (this.datasets.incomplete().isPresent() || !facts(this.neo4j).equals(this.imported)) {
			restoreBundledGraph(this.neo4j, this.importer);
		}
		this.gate.check();
	}

	@Test
	void aGraphThatHoldsFactsRefusesABulkLoadAndKeepsAsItWas() {
		Map<String, Object> before = facts(this.neo4j);
		assertThatThrownBy(() -> this.bulkLoad.load(BundledDataset.LOCATION, "again", "test"))
			.isInstanceOf(BulkLoad.Refused.class)
			.hasMessageContaining("already holds a graph")
			.hasMessageContaining("'import DIR'");
		assertThat(facts(this.neo4j)).isEqualTo(before);
		assertThat(this.datasets.incomplete()).isEmpty();
	}

	@Test
	void loadedInBatchesTheGraphIsTheOneAnImportWrites() {
		emptyGraph(this.neo4j);
		BulkLoad.Loaded loaded = inBatchesOf(50, this.transactions).load(BundledDataset.LOCATION, "bundled", "test");
		assertThat(loaded.created()).isEqualTo(loaded.rows()).isGreaterThan(500);
		assertThat(facts(this.neo4j)).isEqualTo(this.imported);
		assertThat(this.datasets.incomplete()).isEmpty();
		assertThat(send(this.port, "POST", "/graphql", QUERY, "Content-Type", "application/json").body())
			.contains("\"Kazakhstan\"");
	}

	@Test
	void aLoadThatStoppedHalfWayShowsReadersNothingUntilItIsLoadedAgain() {
		emptyGraph(this.neo4j);
		assertThatThrownBy(() -> inBatchesOf(50, failingAtCommit(6)).load(BundledDataset.LOCATION, "bundled", "test"))
			.hasMessageContaining("the server went away");
		assertThat(this.datasets.incomplete()).hasValueSatisfying(load -> assertThat(load.name()).isEqualTo("bundled"));
		assertThat(facts(this.neo4j)).isNotEqualTo(this.imported);

		this.gate.check();
		assertHttpError(send(this.port, "POST", "/graphql", QUERY, "Content-Type", "application/json"), 503,
				"SERVICE_UNAVAILABLE", "is being loaded in bulk ('bundled'");
		assertThat(send(this.port, "GET", "/export/graphml", null).statusCode()).isEqualTo(503);
		assertThat(send(this.port, "GET", "/actuator/health", null).body()).contains("OUT_OF_SERVICE");
		assertThatThrownBy(() -> this.bulkLoad.load(BundledDataset.LOCATION, "another", "test"))
			.isInstanceOf(BulkLoad.Refused.class)
			.hasMessageContaining("unfinished bulk load 'bundled'");

		BulkLoad.Loaded loaded = inBatchesOf(50, this.transactions).load(BundledDataset.LOCATION, "bundled", "test");
		assertThat(loaded.created()).isPositive().isLessThan(loaded.rows());
		assertThat(facts(this.neo4j)).isEqualTo(this.imported);
		assertThat(send(this.port, "POST", "/graphql", QUERY, "Content-Type", "application/json").body())
			.contains("\"Kazakhstan\"");
		assertThat(send(this.port, "GET", "/actuator/health", null).body()).contains("UP");
	}

	private BulkLoad inBatchesOf(int rows, PlatformTransactionManager transactions) {
		return new BulkLoad(this.writes, this.datasets, transactions, new TransactionLimits(null, rows), this.events);
	}

	/** The service's transactions, but the commit of that number fails as if the database had gone, and rolls back. */
	private PlatformTransactionManager failingAtCommit(int failing) {
		AtomicInteger commits = new AtomicInteger();
		return new PlatformTransactionManager() {

			@Override
			public TransactionStatus getTransaction(TransactionDefinition definition) {
				return BulkLoadTests.this.transactions.getTransaction(definition);
			}

			@Override
			public void commit(TransactionStatus status) {
				if (commits.incrementAndGet() == failing) {
					BulkLoadTests.this.transactions.rollback(status);
					throw new IllegalStateException("the server went away");
				}
				BulkLoadTests.this.transactions.commit(status);
			}

			@Override
			public void rollback(TransactionStatus status) {
				BulkLoadTests.this.transactions.rollback(status);
			}

		};
	}

}
