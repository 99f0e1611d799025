package org.accordgraph.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The baseline comparison fails on growth beyond the tolerance, and only then. */
class StatementProfileTests {

	private static final Map<String, StatementProfile> BASELINE = Map.of("lookup, with citations",
			new StatementProfile("lookup, with citations", 5, 1_000, 10));

	@Test
	void growthWithinTheToleranceOrAnyShrinkingPasses() {
		assertThat(StatementProfile.regressions(List.of(new StatementProfile("lookup, with citations", 6, 1_200, 99)),
				BASELINE)).isEmpty();
		assertThat(StatementProfile.regressions(List.of(new StatementProfile("lookup, with citations", 1, 10, 1)),
				BASELINE)).isEmpty();
	}

	@Test
	void moreStatementsOrDbHitsThanTheToleranceAllowsFailNamingTheOperation() {
		assertThat(StatementProfile.regressions(List.of(new StatementProfile("lookup, with citations", 7, 1_201, 10)),
				BASELINE)).containsExactly("lookup, with citations: 7 statements per request, 5 in the baseline",
						"lookup, with citations: 1201 db hits per request, 1000 in the baseline");
		assertThat(StatementProfile.regressions(List.of(new StatementProfile("a new operation", 1, 1, 1)), BASELINE))
			.containsExactly("a new operation: not in the baseline");
	}

	@Test
	void theBaselineFileReadsBackWhatWasWritten(@TempDir Path folder) throws Exception {
		StatementProfile.write(List.copyOf(BASELINE.values()), folder.resolve("baseline.csv"));
		assertThat(StatementProfile.read(folder.resolve("baseline.csv"))).isEqualTo(BASELINE);
	}

}
