package org.accordgraph.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The benchmark, run by {@code ./mvnw -Pbenchmark test} (not by {@code verify}): for each scale of
 * {@code benchmark.scales} (default 10,000, 100,000 and 1,000,000 nodes), a generated graph loaded
 * into a fresh database, every operation run for {@code benchmark.warm-up} seconds (default 30),
 * then each run alone for {@code benchmark.warm-up-each} seconds (default 10) and measured for
 * {@code benchmark.seconds} (default 10) at each of
 * {@code benchmark.clients} (default 1, 8, 32). The service runs as a user runs it, in a JVM of
 * its own after a bulk load from the command line ({@code benchmark.service=in-jvm} runs it in the
 * harness's JVM instead, where the statements it sends are also counted). The figures go to {@code target/benchmark/}:
 * {@code benchmark.csv}, {@code benchmark.md} and {@code latency-by-scale.png}.
 */
class BenchmarkRun {

	@Test
	void measure() throws Exception {
		Path work = Path.of(System.getProperty("benchmark.folder", "target/benchmark"));
		Harness harness = new Harness(work, Duration.ofSeconds(Long.getLong("benchmark.seconds", 10)),
				Duration.ofSeconds(Long.getLong("benchmark.warm-up", 30)),
				Duration.ofSeconds(Long.getLong("benchmark.warm-up-each", 10)),
				integers(System.getProperty("benchmark.clients", "1,8,32")));
		List<Harness.Row> rows = new ArrayList<>();
		List<Harness.Load> loads = new ArrayList<>();
		for (int scale : integers(System.getProperty("benchmark.scales", "10000,100000,1000000"))) {
			long seed = Long.getLong("benchmark.seed", 7);
			if ("in-jvm".equals(System.getProperty("benchmark.service", "process"))) {
				List<StatementProfile> profiles = new ArrayList<>();
				rows.addAll(harness.run(scale, seed, loads, profiles));
				StatementProfile.write(profiles, work.resolve("statements-" + scale + ".csv"));
			}
			else {
				rows.addAll(harness.runAgainstProcess(scale, seed, loads));
			}
			Report.write(work, rows, loads);
		}
	}

	private static List<Integer> integers(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

}
