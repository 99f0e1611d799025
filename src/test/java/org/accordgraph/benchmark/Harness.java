package org.accordgraph.benchmark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphApplication;
import org.accordgraph.benchmark.Operations.Fixture;
import org.accordgraph.benchmark.Operations.Operation;
import org.accordgraph.dataset.BulkLoad;
import org.accordgraph.format.PlainUnwindLoad;
import org.accordgraph.format.Sections;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.accordgraph.ApiAssertions.id;
import static org.accordgraph.ApiAssertions.sections;

/**
 * Loads a synthetic graph into a fresh embedded database, starts the service on it, and measures
 * each canonical operation over HTTP beside its hand-written Cypher through the service's own
 * driver, at each number of concurrent clients. Every operation's two answers must agree before
 * it is timed.
 */
final class Harness {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One measured series: an operation's latencies and throughput over a run. */
	/**
	 * @param gcMillis the time the JVM's collectors spent during the series (pauses and concurrent
	 * work, as their MXBeans count it)
	 * @param compileMillis the time the JIT compilers spent during the series
	 */
	record Figures(int requests, int errors, double perSecond, double p50, double p95, double p99, long gcMillis,
			long compileMillis) {

		/** @param latencies of the answered requests, in nanoseconds; a failed one is -1 */
		static Figures of(List<long[]> latencies, long elapsedNanos, long gcMillis, long compileMillis) {
			long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			int errors = (int) Arrays.stream(all).filter(latency -> latency < 0).count();
			long[] answered = Arrays.copyOfRange(all, errors, all.length);
			return new Figures(answered.length, errors, answered.length / (elapsedNanos / 1e9), millis(answered, 0.50),
					millis(answered, 0.95), millis(answered, 0.99), gcMillis, compileMillis);
		}

		private static double millis(long[] sorted, double quantile) {
			return (sorted.length == 0) ? Double.NaN
					: sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
		}

	}

	record Row(String operation, int scale, int clients, Figures graphQl, Figures cypher) {

		double ratio() {
			return this.graphQl.p50() / this.cypher.p50();
		}

	}

	/**
	 * How long a scale took to load through the import path, the memory the process held after
	 * the read mix, how long the service took to start again on the loaded database, and the
	 * yardstick: the import's reading and mapping, and the same rows written by plain batched
	 * {@code UNWIND} into an empty database.
	 */
	/**
	 * @param loadPeakHeapMb the bulk load's heap at most, when it ran as a process of its own; -1
	 * when it ran in the harness's JVM
	 */
	record Load(int scale, int nodes, double seconds, long loadPeakHeapMb, long heapUsedMb, long residentMb,
			double restartSeconds, PlainUnwindLoad.Timings plain, long warmedInSeconds) {

		double nodesPerSecond() {
			return this.nodes / this.seconds;
		}

	}

	private final Path work;

	private final Duration perSeries;

	private final List<Integer> clientCounts;

	private final Duration warmUp;

	private final Duration warmUpEach;

	/** The curator the harness writes as. */
	private static final String CURATOR = "Basic "
			+ Base64.getEncoder().encodeToString("benchmark:benchmark".getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final StatementRecorder recorder = new StatementRecorder();

	/** The collectors' and JIT compilers' time so far ({gc, jit} ms) of the JVM the service runs in. */
	private Supplier<long[]> serviceJvm = Harness::thisJvm;

	/**
	 * @param perSeries how long each operation is measured, at each number of clients, each way
	 * @param warmUp how long all operations run before any is measured
	 * @param warmUpEach how long each operation runs alone just before it is measured
	 */
	Harness(Path work, Duration perSeries, Duration warmUp, Duration warmUpEach, List<Integer> clientCounts) {
		this.work = work;
		this.perSeries = perSeries;
		this.warmUp = warmUp;
		this.warmUpEach = warmUpEach;
		this.clientCounts = clientCounts;
	}

	/**
	 * Generates, loads and measures one scale; the service is stopped afterwards.
	 * @param profiles receives, for each operation, what one request of it asks of the database
	 */
	List<Row> run(int scale, long seed, List<Load> loads, List<StatementProfile> profiles) throws Exception {
		SyntheticGraph.Summary data = SyntheticGraph.write(scale, seed, this.work.resolve("data-" + scale));
		Path database = this.work.resolve("db-" + scale);
		List<Row> rows;
		double loadSeconds;
		try (ConfigurableApplicationContext service = start(database)) {
			long started = System.nanoTime();
			service.getBean(BulkLoad.class).load(data.folder().toUri().toString(), "synthetic", "benchmark");
			loadSeconds = (System.nanoTime() - started) / 1e9;
			URI endpoint = URI.create("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port")
					+ "/graphql");
			rows = measureAll(scale, data, endpoint, service.getBean(Driver.class), profiles);
		}
		Runtime runtime = Runtime.getRuntime();
		long heapUsed = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
		long resident = ServiceProcess.residentMb("self");
		long restarting = System.nanoTime();
		double restartSeconds;
		try (ConfigurableApplicationContext service = start(database)) {
			restartSeconds = (System.nanoTime() - restarting) / 1e9;
		}
		try (ConfigurableApplicationContext empty = start(this.work.resolve("plain-" + scale))) {
			loads.add(new Load(scale, data.nodes(), loadSeconds, -1, heapUsed, resident, restartSeconds,
					PlainUnwindLoad.load(data.folder().toUri().toString(), empty.getBean(Driver.class),
							empty.getBean(Sections.class)), this.warmedIn.toSeconds()));
		}
		return rows;
	}

	/**
	 * The same, with the service as a user runs it: the dataset bulk-loaded by the command line in a
	 * JVM of its own, then the service started in another, measured from this one over HTTP and
	 * through a driver of the harness's own. What the service sends to the database is counted only
	 * in {@link #run}, where its driver can be watched.
	 */
	List<Row> runAgainstProcess(int scale, long seed, List<Load> loads) throws Exception {
		SyntheticGraph.Summary data = SyntheticGraph.write(scale, seed, this.work.resolve("data-" + scale));
		Path database = this.work.resolve("db-" + scale);
		ServiceProcess.BulkLoaded loaded = ServiceProcess.bulkLoad(data.folder(), database, this.work);
		System.out.printf("Bulk load of %,d nodes: %.1f s, heap at most %,d MB of %,d MB: %s%n", data.nodes(),
				loaded.seconds(), loaded.peakHeapMb(), loaded.maxHeapMb(), loaded.said());
		List<Row> rows;
		long heapUsed;
		long resident;
		try (ServiceProcess service = ServiceProcess.start(database, this.work, "service-" + scale);
				Driver driver = service.driver()) {
			this.serviceJvm = service::gcAndCompileMillis;
			rows = measureAll(scale, data, service.endpoint(), driver, null);
			this.serviceJvm = Harness::thisJvm;
			heapUsed = service.heapUsedMb();
			resident = service.residentMb();
		}
		double restartSeconds;
		try (ServiceProcess again = ServiceProcess.start(database, this.work, "restart-" + scale)) {
			restartSeconds = again.startedIn().toNanos() / 1e9;
		}
		try (ServiceProcess empty = ServiceProcess.start(this.work.resolve("plain-" + scale), this.work, "plain-" + scale);
				Driver driver = empty.driver()) {
			loads.add(new Load(scale, data.nodes(), loaded.seconds(), loaded.peakHeapMb(), heapUsed, resident,
					restartSeconds, PlainUnwindLoad.load(data.folder().toUri().toString(), driver, sections()),
					this.warmedIn.toSeconds()));
		}
		return rows;
	}

	/**
	 * Checks every operation's answers, profiles one request of each (when {@code profiles} is
	 * given), warms up, measures each operation at each number of clients, then the write mix.
	 */
	private List<Row> measureAll(int scale, SyntheticGraph.Summary data, URI endpoint, Driver driver,
			List<StatementProfile> profiles) throws Exception {
		List<Row> rows = new ArrayList<>();
		Fixture fixture = fixture(driver, endpoint, data);
		List<Operation> operations = Operations.all(fixture);
		settle(driver);
		for (Operation operation : operations) {
			check(operation, endpoint, driver);
			if (profiles != null) {
				profiles.add(StatementProfile.of(operation.name(),
						this.recorder.during(() -> graphQl(endpoint, operation)), driver));
			}
		}
		warmUp(operations, endpoint, driver, this.warmUp);
		warmUntilCompiled(operations, endpoint, driver);
		Row floor = floor(scale, endpoint, driver);
		rows.add(floor);
		System.out.println(Report.line(floor));
		for (Operation operation : operations) {
			warmUp(List.of(operation), endpoint, driver, this.warmUpEach);
			for (int clients : this.clientCounts) {
				Figures graphQl = measure(clients, () -> graphQl(endpoint, operation));
				Figures cypher = measure(clients, () -> cypher(driver, operation));
				Row row = new Row(operation.name(), scale, clients, graphQl, cypher);
				rows.add(row);
				System.out.println(Report.line(row));
			}
		}
		Row write = writeUnderReads(scale, endpoint, driver, Operations.rotation(fixture));
		rows.add(write);
		System.out.println(Report.line(write));
		return rows;
	}

	/**
	 * The indexes online and their statistics sampled from the loaded graph, and no plan kept from
	 * before: the planner then chooses as it will under load, the same way on every run.
	 */
	private static void settle(Driver driver) {
		try (Session session = driver.session()) {
			session.run("CALL db.awaitIndexes(300)").consume();
			session.run("CALL db.resampleOutdatedIndexes()").consume();
			session.run("CALL db.awaitIndexes(300)").consume();
			session.run("CALL db.clearQueryCaches()").consume();
		}
	}

	/**
	 * The service on its own database, its settings given as arguments so that none of its own
	 * overrides them, with its driver recording the statements it sends while asked to.
	 */
	private ConfigurableApplicationContext start(Path database) {
		return new SpringApplicationBuilder(AccordGraphApplication.class)
			.initializers(context -> context.getBeanFactory().addBeanPostProcessor(this.recorder))
			.run("--server.port=0",
				"--accord.neo4j.embedded.data-directory=" + database.toAbsolutePath(),
				"--accord.neo4j.embedded.bolt-port=0",
				"--accord.neo4j.embedded.page-cache=" + System.getProperty("benchmark.page-cache", "2GB"),
				"--accord.dataset.load-bundled=false", "--server.tomcat.max-keep-alive-requests=-1",
				"--accord.security.users.benchmark.password={noop}benchmark",
				"--accord.security.users.benchmark.roles=CURATOR",
				"--server.tomcat.threads.max=64", "--logging.level.root=WARN");
	}

	/** The GraphQL and the Cypher answers of an operation agree, or the harness stops. */
	void check(Operation operation, URI endpoint, Driver driver) throws Exception {
		Object graphQl = JsonPath.read(graphQl(endpoint, operation), "$.data." + operation.graphQlAnswer());
		Object cypher = operation.cypherAnswer().of(cypher(driver, operation));
		if (!Objects.equals(JSON.writeValueAsString(graphQl), JSON.writeValueAsString(cypher))) {
			throw new IllegalStateException(operation.name() + ": GraphQL answered " + graphQl + ", Cypher " + cypher);
		}
	}

	String graphQl(URI endpoint, Operation operation) throws IOException, InterruptedException {
		return graphQl(endpoint, operation, null);
	}

	/** @param authorization the {@code Authorization} header, or null for a reader */
	String graphQl(URI endpoint, Operation operation, String authorization) throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", operation.document());
		body.put("variables", operation.variables());
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException(operation.name() + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/** A round of the mixed load, and how much of it the service's compilers may take once it is warm. */
	private static final Duration ROUND = Duration.ofSeconds(5);

	private static final double QUIET = 0.05;

	/**
	 * Runs the operations in turn from 8 clients, round after round, until the service's JIT
	 * compilers spend less than {@value #QUIET} of a round's time (or {@code benchmark.warm-up-max}
	 * seconds have passed, default 600): on two cores the compilers otherwise take a core for
	 * minutes after a start, and a figure then measures them. Says how long that took.
	 */
	private void warmUntilCompiled(List<Operation> operations, URI endpoint, Driver driver) throws Exception {
		if (this.warmUp.compareTo(ROUND) < 0) {
			return; // the build's small run, which measures nothing
		}
		long started = System.nanoTime();
		long until = started + Duration.ofSeconds(Long.getLong("benchmark.warm-up-max", 600)).toNanos();
		double share;
		do {
			long[] before = this.serviceJvm.get();
			long round = System.nanoTime();
			warmUp(operations, endpoint, driver, ROUND);
			share = (this.serviceJvm.get()[1] - before[1]) / ((System.nanoTime() - round) / 1e6);
		}
		while (share >= QUIET && System.nanoTime() < until);
		this.warmedIn = Duration.ofNanos(System.nanoTime() - started).plus(this.warmUp);
		System.out.printf("The service's compilers took %.0f %% of the last round after %d s of mixed load%n", share * 100,
				this.warmedIn.toSeconds());
	}

	private Duration warmedIn = Duration.ZERO;

	/**
	 * What the harness's own clients cost: {@code { __typename }}, which the service answers without
	 * the database, and {@code RETURN 1} through the driver. An operation's figure less this floor
	 * is the service's and the database's.
	 */
	private Row floor(int scale, URI endpoint, Driver driver) throws Exception {
		Operation typename = new Operation("the harness's floor: { __typename } and RETURN 1", "{ __typename }", Map.of(),
				"RETURN 1", Map.of(), null, null);
		warmUp(List.of(typename), endpoint, driver, this.warmUpEach);
		return new Row(typename.name(), scale, 1, measure(1, () -> graphQl(endpoint, typename)),
				measure(1, () -> cypher(driver, typename)));
	}

	/** The readers that run alongside a curator's writes. */
	static final int READERS = 8;

	/**
	 * A curator's write (an assessment of one commitment, through the mutation) measured while
	 * {@value #READERS} readers ask for the rotation without pause; beside it, as its yardstick,
	 * the same facts written by one hand-written Cypher transaction under the same readers.
	 */
	Row writeUnderReads(int scale, URI endpoint, Driver driver, Operation read) throws Exception {
		String subject;
		try (Session session = driver.session()) {
			subject = session.run("MATCH (c:Commitment) RETURN c.slug AS slug ORDER BY c.slug LIMIT 1").single()
				.get("slug").asString();
		}
		Operation write = new Operation("a curator's assessment, " + READERS + " readers alongside", """
				mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { userErrors { message } } }""",
				Map.of("input", Map.of("subject", id("Commitment", subject), "status", "PENDING",
						"unsourced", true, "basis", "ASSUMED", "reasoning", "a benchmark", "date",
						Map.of("date", "2025", "basis", "ASSUMED", "reasoning", "a benchmark"))),
				"""
						MATCH (c:Commitment {slug: $subject})
						CREATE (c)-[:HAS_STATUS]->(:StatusAssessment {slug: randomUUID(), status: 'PENDING',
						        date: date('2025-01-01'), datePrecision: 'YEAR', basis: 'ASSUMED', unsourced: true,
						        reasoning: 'a benchmark', assessedBy: 'benchmark', version: 0})""",
				Map.of("subject", subject), null, null);
		ExecutorService readers = Executors.newFixedThreadPool(READERS);
		AtomicBoolean reading = new AtomicBoolean(true);
		try {
			for (int i = 0; i < READERS; i++) {
				readers.submit(() -> {
					while (reading.get()) {
						graphQl(endpoint, read, null);
					}
					return null;
				});
			}
			Figures graphQl = measure(1, () -> {
				String answer = graphQl(endpoint, write, CURATOR);
				if (!answer.contains("\"userErrors\":[]")) {
					throw new IllegalStateException(write.name() + ": " + answer);
				}
				return answer;
			});
			Figures cypher = measure(1, () -> {
				try (Session session = driver.session()) {
					return session.executeWrite(tx -> tx.run(write.cypher(), write.parameters()).consume());
				}
			});
			return new Row(write.name(), scale, 1, graphQl, cypher);
		}
		finally {
			reading.set(false);
			readers.shutdownNow();
		}
	}

	static List<Record> cypher(Driver driver, Operation operation) {
		try (Session session = driver.session(SessionConfig.defaultConfig())) {
			return session.executeRead(tx -> tx.run(operation.cypher(), operation.parameters()).list());
		}
	}

	/**
	 * Runs every operation, both ways, from 8 clients for the warm-up time: the first operation
	 * measured must not pay for compiling the service's code paths and the query plans.
	 */
	/** Runs the operations in turn, both ways, from 8 clients, so that the code they use is compiled. */
	private void warmUp(List<Operation> operations, URI endpoint, Driver driver, Duration time) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			int[] next = { 0 };
			runFor(threads, 8, () -> {
				Operation operation = operations.get(Math.floorMod(next[0]++, operations.size()));
				cypher(driver, operation);
				return graphQl(endpoint, operation);
			}, time);
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** Runs the call from {@code clients} threads for the set time, after a warm-up of a fifth of it. */
	Figures measure(int clients, Callable<?> call) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		try {
			runFor(threads, clients, call, this.perSeries.dividedBy(5));
			long[] before = this.serviceJvm.get();
			long started = System.nanoTime();
			List<long[]> latencies = runFor(threads, clients, call, this.perSeries);
			long elapsed = System.nanoTime() - started;
			long[] after = this.serviceJvm.get();
			return Figures.of(latencies, elapsed, after[0] - before[0], after[1] - before[1]);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static long[] thisJvm() {
		long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.filter(time -> time > 0)
			.sum();
		return new long[] { gc, ManagementFactory.getCompilationMXBean().getTotalCompilationTime() };
	}

	private static List<long[]> runFor(ExecutorService threads, int clients, Callable<?> call, Duration time)
			throws Exception {
		long until = System.nanoTime() + time.toNanos();
		List<Future<long[]>> running = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			running.add(threads.submit(() -> {
				long[] latencies = new long[1024];
				int count = 0;
				do {
					long start = System.nanoTime();
					long latency;
					try {
						call.call();
						latency = System.nanoTime() - start;
					}
					catch (Exception ex) {
						latency = -1;
					}
					if (count == latencies.length) {
						latencies = Arrays.copyOf(latencies, count * 2);
					}
					latencies[count++] = latency;
				}
				while (System.nanoTime() < until);
				return Arrays.copyOf(latencies, count);
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> thread : running) {
			all.add(thread.get());
		}
		return all;
	}

	private Fixture fixture(Driver driver, URI endpoint, SyntheticGraph.Summary data) throws Exception {
		try (Session session = driver.session()) {
			String busyCountry = session.run("""
					MATCH (c:Country)<-[r:COMMITTED_BY]-() WITH c.code AS key, count(r) AS commitments
					RETURN key ORDER BY commitments DESC, key LIMIT 1""")
				.single().get("key").asString();
			String busyOrganisation = session.run("""
					MATCH (o:Organisation)<-[r:COMMITTED_BY]-() WITH o.slug AS key, count(r) AS commitments
					RETURN key ORDER BY commitments DESC, key LIMIT 1""")
				.single().get("key").asString();
			Record middle = session.run("""
					MATCH (n:Commitment) WITH n ORDER BY n.dueDate, n.slug SKIP $half LIMIT 1
					RETURN n.slug AS slug, n.dueDate AS dueDate, n.text AS text""",
					Map.of("half", data.commitments() / 2)).single();
			String answer = graphQl(endpoint, new Operation("the middle commitment's cursor", """
					query($text: String!) { commitments(filter: {text: $text}, first: 100) { edges { cursor node { slug } } } }""",
					Map.of("text", middle.get("text").asString()), null, null, null, null));
			List<String> cursors = JsonPath.read(answer,
					"$.data.commitments.edges[?(@.node.slug == '" + middle.get("slug").asString() + "')].cursor");
			return new Fixture("synthetic-organisation-5", busyCountry, "synthetic-series-0", cursors.get(0),
					middle.get("dueDate").asObject(), middle.get("slug").asString(), busyOrganisation,
					"synthetic-organisation-" + (data.organisations() - 1), "synthetic-organisation-1");
		}
	}

}
