package org.accordgraph.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a country's briefing takes, run by
 * {@code ./mvnw -Pbenchmark test -Dtest=BriefingBenchmarkRun} (not by {@code verify}): the service
 * as a user runs it (its own JVM, {@link ServiceProcess}), first on the bundled data (Kazakhstan),
 * then on a generated graph of {@code benchmark.scale} nodes (default 100,000) for the country
 * party to the most commitments. Each briefing is asked for {@code benchmark.warm-up} times
 * (default 20), then timed {@code benchmark.requests} times (default 30), one at a time, as PDF and
 * as its page; beside it, the yardstick: the hand-written Cypher that reads the same facts (the
 * country's commitments as party or host with their parties, status and citations; the conferences
 * it hosted and what was said at them; its action plans and laws) over Bolt. The figures go to
 * {@code target/benchmark-briefings/briefings.md}.
 */
class BriefingBenchmarkRun {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	static final String YARDSTICK = """
			MATCH (k:Country {code: $code})
			CALL (k) {
			  MATCH (n:Commitment) WHERE (n)-[:COMMITTED_BY]->(k) OR (n)-[:TO_BE_HOSTED_BY]->(k)
			  RETURN collect({text: n.text, dueDate: n.dueDate,
			    parties: COLLECT { MATCH (n)-[:COMMITTED_BY]->(a) RETURN a.name },
			    madeIn: COLLECT { MATCH (n)-[:MADE_IN]->(i) RETURN coalesce(i.title, i.slug) }[0],
			    status: COLLECT { MATCH (n)-[:HAS_STATUS]->(s) WHERE s.date <= date() RETURN s.status ORDER BY s.date DESC LIMIT 1 }[0],
			    citations: COLLECT { UNWIND n.citations AS key MATCH (c:Citation {key: key})-[:FROM_SOURCE]->(s:Source)
			                         RETURN {quote: c.quote, source: coalesce(s.title, s.publisher), url: s.url} }}) AS commitments
			}
			CALL (k) {
			  MATCH (e:Conference)-[:HOSTED_BY]->(k)
			  RETURN collect({name: e.title, statements: COLLECT { MATCH (t:Statement)-[:AT]->(e) RETURN t.text }}) AS conferences
			}
			CALL (k) {
			  MATCH (i)-[:OF|IN_JURISDICTION_OF]->(k) WHERE i:ActionPlan OR i:LegalInstrument
			  RETURN collect(i.title) AS instruments
			}
			RETURN size(commitments) AS count, commitments, conferences, instruments""";

	@Test
	void measure() throws Exception {
		Path work = Files.createDirectories(Path.of(System.getProperty("benchmark.folder", "target/benchmark-briefings")));
		List<String> report = new ArrayList<>(List.of("| data | country | commitments | PDF pages | PDF bytes | PDF median ms | PDF p95 ms | page median ms | yardstick Cypher median ms |",
				"|---|---|---:|---:|---:|---:|---:|---:|---:|"));
		try (ServiceProcess service = ServiceProcess.start(work.resolve("db-bundled-" + System.nanoTime()), work,
				"briefing-bundled", true); Driver driver = service.driver()) {
			report.add(row("bundled", "KZ", service, driver));
		}
		int scale = Integer.getInteger("benchmark.scale", 100_000);
		SyntheticGraph.Summary data = SyntheticGraph.write(scale, Long.getLong("benchmark.seed", 7),
				work.resolve("data-" + scale));
		Path database = work.resolve("db-" + scale + "-" + System.nanoTime());
		ServiceProcess.bulkLoad(data.folder(), database, work);
		try (ServiceProcess service = ServiceProcess.start(database, work, "briefing-" + scale);
				Driver driver = service.driver()) {
			String busiest;
			try (Session session = driver.session()) {
				busiest = session.run("""
						MATCH (c:Country)<-[r:COMMITTED_BY|TO_BE_HOSTED_BY]-() WITH c.code AS code, count(r) AS commitments
						RETURN code ORDER BY commitments DESC, code LIMIT 1""").single().get("code").asString();
			}
			report.add(row(String.format(Locale.ROOT, "%,d nodes", data.nodes()), busiest, service, driver));
		}
		Files.write(work.resolve("briefings.md"), report);
		report.forEach(System.out::println);
	}

	private static String row(String data, String code, ServiceProcess service, Driver driver) throws Exception {
		URI base = service.endpoint().resolve("/");
		URI pdf = base.resolve("/briefings/country/" + code + ".pdf");
		URI page = base.resolve("/briefings/country/" + code);
		byte[] file = get(pdf);
		int pages;
		try (PDDocument document = Loader.loadPDF(file)) {
			pages = document.getNumberOfPages();
		}
		long commitments;
		try (Session session = driver.session()) {
			commitments = session.run(YARDSTICK, Map.of("code", code)).single().get("count").asLong();
		}
		int warmUp = Integer.getInteger("benchmark.warm-up", 20);
		int requests = Integer.getInteger("benchmark.requests", 30);
		double[] pdfMillis = time(warmUp, requests, () -> get(pdf));
		double[] pageMillis = time(warmUp, requests, () -> get(page));
		double[] cypherMillis = time(warmUp, requests, () -> {
			try (Session session = driver.session()) {
				return session.run(YARDSTICK, Map.of("code", code)).list();
			}
		});
		return String.format(Locale.ROOT, "| %s | %s | %d | %d | %,d | %.0f | %.0f | %.0f | %.1f |", data, code, commitments,
				pages, file.length, percentile(pdfMillis, 50), percentile(pdfMillis, 95), percentile(pageMillis, 50),
				percentile(cypherMillis, 50));
	}

	private static byte[] get(URI uri) throws Exception {
		HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).as("%s: %s", uri, new String(answer.body())).isEqualTo(200);
		return answer.body();
	}

	private static double[] time(int warmUp, int requests, Callable<?> request) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			request.call();
		}
		double[] millis = new double[requests];
		for (int i = 0; i < requests; i++) {
			long started = System.nanoTime();
			request.call();
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static double percentile(double[] sorted, int percent) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}

}
