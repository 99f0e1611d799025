package org.accordgraph.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator is deterministic, and a small run of the benchmark harness works end to end: the
 * generated graph loads through the import path (and so passes the dataset checks), every
 * operation's GraphQL answer agrees with its hand-written Cypher, and the report is written. No
 * timing is asserted.
 */
class HarnessTests {

	@Test
	void theSameSeedGeneratesTheSameGraph(@TempDir Path folder) throws Exception {
		SyntheticGraph.write(3_000, 42, folder.resolve("a"));
		SyntheticGraph.write(3_000, 42, folder.resolve("b"));
		SyntheticGraph.write(3_000, 43, folder.resolve("c"));
		try (var files = Files.list(folder.resolve("a"))) {
			for (Path file : files.toList()) {
				assertThat(folder.resolve("b").resolve(file.getFileName())).hasSameTextualContentAs(file);
			}
		}
		assertThat(folder.resolve("c").resolve("commitments.yaml")).content()
			.isNotEqualTo(Files.readString(folder.resolve("a").resolve("commitments.yaml")));
	}

	@Test
	void aSmallRunLoadsMeasuresAndReports(@TempDir Path work) throws Exception {
		Harness harness = new Harness(work, Duration.ofMillis(25), Duration.ofMillis(25), Duration.ofMillis(10), List.of(1));
		List<Harness.Load> loads = new ArrayList<>();
		List<Harness.Row> rows = harness.run(3_000, 7, loads);
		assertThat(rows).hasSize(11).allSatisfy(row -> {
			assertThat(row.graphQl().requests()).isPositive();
			assertThat(row.cypher().requests()).isPositive();
		});
		assertThat(loads).singleElement().satisfies(load -> {
			assertThat(load.nodes()).isBetween(2_700, 3_300);
			assertThat(load.plain().nodes()).isGreaterThanOrEqualTo(load.nodes());
			assertThat(load.plain().relationships()).isPositive();
			assertThat(load.plain().plainWriting()).isPositive();
		});
		Report.write(work, rows, loads);
		assertThat(work.resolve("benchmark.csv")).content().hasLineCount(1 + rows.size());
		assertThat(work.resolve("latency-by-scale.png")).isNotEmptyFile();
	}

}
