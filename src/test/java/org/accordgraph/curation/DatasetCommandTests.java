package org.accordgraph.curation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.accordgraph.dataset.BulkLoad;
import org.accordgraph.dataset.DatasetExporter;
import org.accordgraph.format.DatasetWrites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's {@code export DIR} and {@code import FILE|DIR [--dry-run]}, run against
 * the database of the tests: what they write and what they say.
 */
@AccordGraphTest
@ExtendWith({ RestoresTheGraph.class, OutputCaptureExtension.class })
class DatasetCommandTests {

	@Autowired
	Curation curation;

	@Autowired
	DatasetWrites writes;

	@Autowired
	DatasetExporter exporter;

	@Autowired
	BulkLoad bulkLoad;

	@Autowired
	Neo4jClient neo4j;



	private DatasetCommand command(String name, Path path, String... flags) throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("accord.command.name", name)
			.withProperty("accord.command.path", path.toString());
		for (String flag : flags) {
			environment.setProperty(flag, "");
		}
		DatasetCommand command = new DatasetCommand(this.curation, this.writes, this.exporter, this.bulkLoad, environment);
		command.run(new DefaultApplicationArguments());
		return command;
	}

	@Test
	void exportThenImportTheFolderChangesNothing(@TempDir Path folder, CapturedOutput output) throws Exception {
		assertThat(command("export", folder).getExitCode()).isZero();
		assertThat(folder.resolve("conferences.yaml")).exists();
		assertThat(command("import", folder, "dry-run").getExitCode()).isZero();
		assertThat(output).containsPattern("Dry run, nothing written: would have 0 created, 0 changed, \\d+ unchanged");
	}

	@Test
	void aFileWithAProblemImportsNothingAndSaysWhy(@TempDir Path folder, CapturedOutput output) throws Exception {
		Path file = Files.writeString(folder.resolve("plan.yaml"),
				ImportOverHttpTests.PLAN.replace("scope: NATIONAL", "scope: GALACTIC"));
		assertThat(command("import", file).getExitCode()).isOne();
		assertThat(output).contains("Nothing was imported: 1 problem(s)",
				"plan.yaml actionPlans[0] (test-action-plan).scope: 'GALACTIC' is not one of [NATIONAL, REGIONAL] [NOT_IN_LIST]");

		Files.writeString(file, ImportOverHttpTests.PLAN);
		assertThat(command("import", file).getExitCode()).isZero();
		assertThat(output).contains("Imported " + file + ": 4 created, 0 changed, 0 unchanged");
		assertThat(this.neo4j.query("MATCH (c:Change) WHERE c.by STARTS WITH 'command line' RETURN count(c)")
			.fetchAs(Long.class).one().orElseThrow()).isEqualTo(4);
	}

	@Test
	void aBulkLoadIntoAGraphThatHoldsFactsLoadsNothingAndSaysWhatToDo(@TempDir Path folder, CapturedOutput output)
			throws Exception {
		Path file = Files.writeString(folder.resolve("plan.yaml"), ImportOverHttpTests.PLAN);
		assertThat(command("import", file, "bulk").getExitCode()).isOne();
		assertThat(output).contains("Nothing was loaded: The database already holds a graph, and a bulk load fills an empty one");
		assertThat(this.neo4j.query("MATCH (n {slug: 'test-action-plan'}) RETURN count(n)").fetchAs(Long.class).one())
			.contains(0L);
	}

	@Test
	void aMissingFileIsSaidToBeMissing(@TempDir Path folder, CapturedOutput output) throws Exception {
		assertThat(command("import", folder.resolve("nothing.yaml")).getExitCode()).isEqualTo(2);
		assertThat(output).contains("There is no file or folder");
	}

}
