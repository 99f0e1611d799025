package org.accordgraph.format;

import java.nio.file.Files;
import java.nio.file.Path;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dataset with more nodes and relationships than one transaction may write in the heap is
 * refused before anything is written, and the refusal names the bulk load.
 */
@AccordGraphTest
class TransactionLimitsTests {

	private static final String PLAN = """
			passages:
			  - source: unodc-press-release-astana-2023
			    name: too-large-summary
			    quote: "A test of size: a summary of a plan."
			    verbatim: false
			actionPlans:
			  - slug: too-large-plan
			    title: A plan of four rows
			    scope: NATIONAL
			    country: {country: KZ, cite: [unodc-press-release-astana-2023#too-large-summary]}
			    cite: [unodc-press-release-astana-2023#too-large-summary]
			""";

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Sections sections;

	@Autowired
	DatasetReader reader;

	@Autowired
	DatasetMapper mapper;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aDatasetLargerThanOneTransactionHoldsIsRefusedWithTheWayToLoadIt(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("plan.yaml"), PLAN);
		DatasetWrites writes = new DatasetWrites(this.neo4j, this.sections, this.reader, this.mapper,
				new TransactionLimits(3L, 10));
		assertThatThrownBy(() -> new TransactionTemplate(this.transactions)
			.execute(status -> writes.writeDataset("file:" + folder + "/", true)))
			.isInstanceOf(DatasetTooLarge.class)
			.hasMessageContaining("The dataset holds 4 nodes and relationships, more than one transaction can write in this heap (3")
			.hasMessageContaining("'java -jar accord-graph.jar import DIR --bulk'");
		assertThat(this.neo4j.query("MATCH (n:ActionPlan {slug: 'too-large-plan'}) RETURN count(n)")
			.fetchAs(Long.class).one()).contains(0L);

		DatasetWrites roomy = new DatasetWrites(this.neo4j, this.sections, this.reader, this.mapper,
				new TransactionLimits(4L, 10));
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		Long created = rolledBack.execute(status -> {
			status.setRollbackOnly();
			return roomy.writeDataset("file:" + folder + "/", true).written().created();
		});
		assertThat(created).isEqualTo(4);
	}

}
