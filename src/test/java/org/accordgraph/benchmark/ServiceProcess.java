package org.accordgraph.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordgraph.AccordGraphApplication;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The service as a user runs it: a JVM of its own (the build's classes, the application's own
 * main, its default heap unless {@code benchmark.service-heap} is given), on its own data
 * directory, with the embedded engine's Bolt port open to the harness's own driver. Also the
 * command line's bulk load, timed from outside, with its heap read from its GC log.
 */
final class ServiceProcess implements AutoCloseable {

	private static final String PASSWORD = "benchmark-password";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Process process;

	private final int port;

	private final int boltPort;

	private final Path log;

	private Duration startedIn;

	private ServiceProcess(Process process, int port, int boltPort, Path log) {
		this.process = process;
		this.port = port;
		this.boltPort = boltPort;
		this.log = log;
	}

	/** Starts the service on the database and waits until it answers; the time that took is {@link #startedIn}. */
	static ServiceProcess start(Path database, Path work, String name) throws Exception {
		return start(database, work, name, false);
	}

	/**
	 * Starts the service on the database, loading the bundled dataset into it if it is empty and
	 * {@code bundled} is true, and waits until it answers.
	 */
	static ServiceProcess start(Path database, Path work, String name, boolean bundled) throws Exception {
		int port = freePort();
		int boltPort = freePort();
		Path log = work.resolve(name + ".log");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command(database, bundled, List.of("--server.port=" + port,
				"--accord.neo4j.embedded.bolt-port=" + boltPort, "--server.tomcat.max-keep-alive-requests=-1",
				"--accord.security.users.benchmark.password={noop}benchmark",
				"--accord.security.users.benchmark.roles=CURATOR", "--server.tomcat.threads.max=64")))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		ServiceProcess service = new ServiceProcess(process, port, boltPort, log);
		service.awaitUp(Duration.ofMinutes(10));
		service.startedIn = Duration.ofNanos(System.nanoTime() - started);
		return service;
	}

	Duration startedIn() {
		return this.startedIn;
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql");
	}

	/** A driver of the harness's own to the service's database, as Neo4j's tools would connect. */
	Driver driver() {
		return GraphDatabase.driver("bolt://127.0.0.1:" + this.boltPort, AuthTokens.basic("neo4j", PASSWORD));
	}

	long pid() {
		return this.process.pid();
	}

	/** The heap in use, as the JVM's {@code jcmd GC.heap_info} says it; -1 if it cannot be read. */
	long heapUsedMb() {
		try {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					String.valueOf(pid()), "GC.heap_info").redirectErrorStream(true).start();
			String said = new String(jcmd.getInputStream().readAllBytes());
			Matcher used = Pattern.compile("used (\\d+)K").matcher(said);
			return used.find() ? Long.parseLong(used.group(1)) >> 10 : -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/**
	 * How long the service's collectors and JIT compilers have run since it started, in
	 * milliseconds ({gc, jit}), from the JVM's performance counters ({@code jcmd PerfCounter.print}).
	 */
	long[] gcAndCompileMillis() {
		try {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					String.valueOf(pid()), "PerfCounter.print").redirectErrorStream(true).start();
			String said = new String(jcmd.getInputStream().readAllBytes());
			double ticksPerMilli = counter(said, "sun.os.hrt.frequency") / 1000.0;
			long gc = 0;
			Matcher collector = Pattern.compile("sun\\.gc\\.collector\\.\\d+\\.time=(\\d+)").matcher(said);
			while (collector.find()) {
				gc += Long.parseLong(collector.group(1));
			}
			return new long[] { Math.round(gc / ticksPerMilli), Math.round(counter(said, "java.ci.totalTime") / ticksPerMilli) };
		}
		catch (IOException ex) {
			return new long[] { -1, -1 };
		}
	}

	private static long counter(String counters, String name) {
		Matcher value = Pattern.compile(Pattern.quote(name) + "=(\\d+)").matcher(counters);
		return value.find() ? Long.parseLong(value.group(1)) : 0;
	}

	/** The resident set of the service's process, from Linux's /proc; -1 elsewhere. */
	long residentMb() {
		return residentMb(String.valueOf(pid()));
	}

	/** The resident set of a process ({@code self} for this one), from Linux's /proc; -1 elsewhere. */
	static long residentMb(String pid) {
		try {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status"))
				.stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")) >> 10)
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** Stops the service as a user would (SIGTERM), waiting for its graceful stop. */
	@Override
	public void close() throws Exception {
		this.process.destroy();
		if (!this.process.waitFor(3, TimeUnit.MINUTES)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	/** How a bulk load from the command line went: its time from start to exit, and its heap at most. */
	record BulkLoaded(double seconds, long peakHeapMb, long maxHeapMb, String said) {
	}

	/** {@code import DIR --bulk} into the (empty) database, as its own process with the default heap. */
	static BulkLoaded bulkLoad(Path dataset, Path database, Path work) throws Exception {
		Path gcLog = work.resolve("bulk-load-" + dataset.getFileName() + "-gc.log");
		Path log = work.resolve("bulk-load-" + dataset.getFileName() + ".log");
		List<String> command = command(database, false, List.of("import", dataset.toAbsolutePath().toString(), "--bulk",
				"--accord.neo4j.embedded.bolt-port=" + freePort()));
		command.add(1, "-Xlog:gc:file=" + gcLog);
		long started = System.nanoTime();
		Process load = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int exit = load.waitFor();
		double seconds = (System.nanoTime() - started) / 1e9;
		String said = Files.readString(log);
		if (exit != 0) {
			throw new IllegalStateException("The bulk load failed (" + exit + "): " + said);
		}
		long peak = 0;
		long max = 0;
		Matcher pause = Pattern.compile("(\\d+)M->\\d+M\\((\\d+)M\\)").matcher(Files.readString(gcLog));
		while (pause.find()) {
			peak = Math.max(peak, Long.parseLong(pause.group(1)));
			max = Math.max(max, Long.parseLong(pause.group(2)));
		}
		return new BulkLoaded(seconds, peak, max, said.strip());
	}

	/** The JVM's command for the application: the harness's classpath and module options, and the service's heap. */
	private static List<String> command(Path database, boolean bundled, List<String> arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
			.filter(arg -> arg.startsWith("--add-opens") || arg.startsWith("--add-exports"))
			.forEach(command::add);
		String heap = System.getProperty("benchmark.service-heap");
		if (heap != null) {
			command.add("-Xmx" + heap);
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), AccordGraphApplication.class.getName()));
		command.addAll(arguments);
		command.addAll(List.of("--accord.neo4j.embedded.data-directory=" + database.toAbsolutePath(),
				"--accord.neo4j.embedded.password=" + PASSWORD,
				"--accord.neo4j.embedded.page-cache=" + System.getProperty("benchmark.page-cache", "2GB"),
				"--accord.dataset.load-bundled=" + bundled, "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		return command;
	}

	private void awaitUp(Duration atMost) throws Exception {
		long until = System.nanoTime() + atMost.toNanos();
		while (System.nanoTime() < until) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service stopped: " + Files.readString(this.log));
			}
			try {
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			try {
				this.process.onExit().get(100, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException stillStarting) {
				// ask again
			}
		}
		throw new IllegalStateException("The service did not answer within " + atMost + ": " + Files.readString(this.log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
