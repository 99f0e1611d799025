package org.accordgraph.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator is deterministic, and a small run of the benchmark harness works end to end: the
 * generated graph loads through the import path (and so passes the dataset checks), every
 * operation's GraphQL answer agrees with its hand-written Cypher, and the report is written. No
 * timing is asserted. The same run counts what each operation asks of the database (statements
 * per request, and their db hits) and holds it to the committed baseline.
 */
class HarnessTests {

	/** The committed baseline of each operation's statements and db hits on the 3,000-node graph. */
	static final Path BASELINE = Path.of("src/benchmark/statements-baseline.csv");

	@TempDir
	static Path work;

	private static final List<Harness.Row> rows = new ArrayList<>();

	private static final List<Harness.Load> loads = new ArrayList<>();

	private static final List<StatementProfile> profiles = new ArrayList<>();

	@BeforeAll
	static void runSmall() throws Exception {
		Harness harness = new Harness(work, Duration.ofMillis(25), Duration.ofMillis(25), Duration.ofMillis(10), List.of(1));
		rows.addAll(harness.run(3_000, 7, loads, profiles));
	}

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
	void aSmallRunLoadsMeasuresAndReports() throws Exception {
		assertThat(rows).as("the floor, ten operations and the write mix").hasSize(12).allSatisfy(row -> {
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

	/**
	 * Each operation's statements per request and their db hits are within 20 % of the committed
	 * baseline; the table goes to {@code target/statements.md}. A change that makes an operation ask
	 * more of the database updates the baseline in the same change:
	 * {@code ./mvnw verify -Dtest=HarnessTests -Dbenchmark.update-baseline=true}.
	 */
	@Test
	void eachOperationAsksNoMoreOfTheDatabaseThanItsBaseline() throws Exception {
		assertThat(profiles).as("one per operation: the floor and the write mix are not profiled")
			.hasSize(rows.size() - 2)
			.allSatisfy(profile -> {
			assertThat(profile.statements()).as(profile.operation()).isPositive();
			assertThat(profile.dbHits()).as(profile.operation()).isPositive();
		});
		if (Boolean.getBoolean("benchmark.update-baseline")) {
			StatementProfile.write(profiles, BASELINE);
		}
		Map<String, StatementProfile> baseline = StatementProfile.read(BASELINE);
		String table = StatementProfile.table(profiles, baseline);
		Files.writeString(Files.createDirectories(Path.of("target")).resolve("statements.md"), table);
		System.out.println(table);
		assertThat(StatementProfile.regressions(profiles, baseline)).as("operations asking more of the database than "
				+ BASELINE + " allows (update it in the same change if that is intended)").isEmpty();
	}

}
