package org.accordgraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * What one request of an operation asks of the database: the statements the service sent for it,
 * and the database hits and rows of each as Neo4j's {@code PROFILE} counts them. Unlike a time,
 * these are the same on every machine for the same graph, so a build can compare them with a
 * committed baseline.
 */
record StatementProfile(String operation, int statements, long dbHits, long rows) {

	/** How much an operation may grow, in statements or database hits, before the build fails. */
	static final double TOLERANCE = 1.2;

	static StatementProfile of(String operation, List<Query> statements, Driver driver) {
		long dbHits = 0;
		long rows = 0;
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			for (Query statement : statements) {
				Result result = tx.run(statement.withText("PROFILE " + statement.text()));
				rows += result.list().size();
				dbHits += dbHits(result.consume().profile());
			}
			tx.rollback();
		}
		return new StatementProfile(operation, statements.size(), dbHits, rows);
	}

	private static long dbHits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(StatementProfile::dbHits).sum();
	}

	/** The profiles as the baseline file holds them: a header, then one line per operation. */
	static void write(List<StatementProfile> profiles, Path file) throws IOException {
		List<String> lines = new ArrayList<>(List.of("operation,statements,dbHits,rows"));
		profiles.forEach(p -> lines.add("\"%s\",%d,%d,%d".formatted(p.operation(), p.statements(), p.dbHits(), p.rows())));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, lines);
	}

	static Map<String, StatementProfile> read(Path file) throws IOException {
		Map<String, StatementProfile> profiles = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(file);
		for (String line : lines.subList(1, lines.size())) {
			int quote = line.lastIndexOf('"');
			String[] numbers = line.substring(quote + 2).split(",");
			String operation = line.substring(1, quote);
			profiles.put(operation, new StatementProfile(operation, Integer.parseInt(numbers[0]),
					Long.parseLong(numbers[1]), Long.parseLong(numbers[2])));
		}
		return profiles;
	}

	/**
	 * What grew beyond the tolerance, or is not in the baseline at all, each as a sentence naming the
	 * operation; empty when every operation is within its baseline.
	 */
	static List<String> regressions(List<StatementProfile> now, Map<String, StatementProfile> baseline) {
		List<String> regressions = new ArrayList<>();
		for (StatementProfile profile : now) {
			StatementProfile before = baseline.get(profile.operation());
			if (before == null) {
				regressions.add(profile.operation() + ": not in the baseline");
				continue;
			}
			if (profile.statements() > before.statements() * TOLERANCE) {
				regressions.add("%s: %d statements per request, %d in the baseline".formatted(profile.operation(),
						profile.statements(), before.statements()));
			}
			if (profile.dbHits() > before.dbHits() * TOLERANCE) {
				regressions.add("%s: %d db hits per request, %d in the baseline".formatted(profile.operation(),
						profile.dbHits(), before.dbHits()));
			}
		}
		return regressions;
	}

	/** A Markdown table of the profiles beside their baseline. */
	static String table(List<StatementProfile> now, Map<String, StatementProfile> baseline) {
		StringBuilder table = new StringBuilder("""
				| operation | statements | db hits | rows | baseline statements | baseline db hits |
				| --- | ---: | ---: | ---: | ---: | ---: |
				""");
		for (StatementProfile profile : now) {
			StatementProfile before = baseline.get(profile.operation());
			table.append("| %s | %d | %d | %d | %s | %s |%n".formatted(profile.operation(), profile.statements(),
					profile.dbHits(), profile.rows(), (before != null) ? before.statements() : "-",
					(before != null) ? before.dbHits() : "-"));
		}
		return table.toString();
	}

}
