package org.accordgraph.curation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.accordgraph.ApiAssertions.HOSTING_2025;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.datasetCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service killed with SIGKILL while a curator's writes stream in (once it has acknowledged one to
 * five of them, whatever the machine's speed), and started again on the same data, round after
 * round: every write it acknowledged is there after each restart, and the
 * graph, exported, passes the dataset checks. One round in the build; {@code -Dfaults.rounds=20}
 * for the full run (BENCHMARKS.md has its figures). And stopped gracefully (SIGTERM) while a large
 * import is being written: the import finishes, is acknowledged and is there after the restart.
 */
class KillTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@TempDir
	Path data;

	@Test
	void noAcknowledgedWriteIsLostToAKill() throws Exception {
		int rounds = Integer.getInteger("faults.rounds", 1);
		int port = freePort();
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		ExecutorService writing = Executors.newSingleThreadExecutor();
		try {
			for (int round = 0; round < rounds; round++) {
				Process service = start(port);
				awaitUp(port);
				assertThat(notes(port)).as("after restart %d", round).containsAll(acknowledged);
				checkDataset(port);
				int ackedBefore = acknowledged.size();
				int killAfter = ThreadLocalRandom.current().nextInt(1, 6);
				int thisRound = round;
				Future<?> writer = writing.submit(() -> {
					for (int write = 0;; write++) {
						String note = "round " + thisRound + ", write " + write;
						if (!record(port, note)) {
							return;
						}
						acknowledged.add(note);
					}
				});
				await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() - ackedBefore >= killAfter);
				service.destroyForcibly();
				service.waitFor();
				writer.get(1, TimeUnit.MINUTES);
			}
			Process last = start(port);
			try {
				awaitUp(port);
				assertThat(notes(port)).containsAll(acknowledged);
				checkDataset(port);
			}
			finally {
				last.destroyForcibly().waitFor();
			}
		}
		finally {
			writing.shutdownNow();
		}
		assertThat(acknowledged).as("writes acknowledged before the kills").isNotEmpty();
		System.out.printf("KillTests: %d rounds, %d acknowledged writes, none lost%n", rounds, acknowledged.size());
	}

	@Test
	void aGracefulStopFinishesTheImportInFlight() throws Exception {
		int port = freePort();
		int organisations = 25_000;
		Path log = Files.createTempFile(this.data.getParent(), "graceful", ".log");
		Process service = start(port, log, "--logging.level.org.accordgraph.format.GraphWriter=INFO",
				"--logging.level.org.springframework.boot.tomcat=INFO");
		try {
			awaitUp(port);
			var imported = HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/import?name=large"))
				.header("Content-Type", "application/yaml").header("Authorization", basic("carla", "pw"))
				.POST(HttpRequest.BodyPublishers.ofString(organisations(organisations))).build(),
					HttpResponse.BodyHandlers.ofString());
			await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(log).contains("Writing: "));
			service.destroy();
			HttpResponse<String> response = imported.get(60, TimeUnit.SECONDS);
			assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
			String said = Files.readString(log);
			assertThat(said.indexOf("Commencing graceful shutdown")).as("the stop began while the import was writing")
				.isGreaterThan(said.indexOf("Writing: "));
			assertThat(said).contains("Graceful shutdown complete").doesNotContain("aborted");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(JsonPath.<Integer>read(response.body(), "$.created")).isEqualTo(organisations + 3);
		}
		finally {
			service.destroyForcibly().waitFor();
		}
		Process again = start(port, Files.createTempFile(this.data.getParent(), "again", ".log"));
		try {
			awaitUp(port);
			String last = "large-" + (organisations - 1);
			assertThat(JsonPath.<String>read(query(port, "{ organisation(slug: \\\"" + last + "\\\") { name } }"),
					"$.data.organisation.name")).isEqualTo("Large " + (organisations - 1));
		}
		finally {
			again.destroyForcibly().waitFor();
		}
	}

	/** A dataset of that many organisations, each citing one summary: a source, its passage and the passage's FROM_SOURCE besides. */
	private static String organisations(int count) {
		StringBuilder yaml = new StringBuilder("""
				sources:
				  - {slug: large-register, title: Register, noUrl: a test register, citations: {all: "Every organisation listed."}}
				organisations:
				""");
		for (int i = 0; i < count; i++) {
			yaml.append("  - {slug: large-").append(i).append(", name: Large ").append(i)
				.append(", kind: NGO, cite: [large-register#all]}\n");
		}
		return yaml.toString();
	}

	private Process start(int port) throws IOException {
		return start(port, Files.createTempFile(this.data.getParent(), "service", ".log"));
	}

	private Process start(int port, Path log, String... settings) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
			.filter(arg -> arg.startsWith("--add-opens") || arg.startsWith("--add-exports"))
			.forEach(command::add);
		command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"),
				AccordGraphApplication.class.getName(), "--server.port=" + port,
				"--accord.neo4j.embedded.data-directory=" + this.data, "--accord.neo4j.embedded.bolt-port=0",
				"--accord.neo4j.embedded.page-cache=64MB", "--accord.security.users.carla.password={noop}pw",
				"--accord.security.users.carla.roles=ADMIN", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				// the graceful stop's import (2.5 MB) is larger than a 256th of this heap, and fits in it
				"--accord.http.max-import-size=4MB"));
		command.addAll(List.of(settings));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void awaitUp(int port) {
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
			.until(() -> get(port, "/actuator/health").statusCode() == 200);
	}

	/** Records an assessment; true if the service acknowledged it, false if the service is gone. */
	private static boolean record(int port, String note) {
		String body = """
				{"query": "mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { userErrors { message } } }",
				 "variables": {"input": {"subject": "%s", "status": "PENDING", "note": "%s", "unsourced": true,
				   "basis": "ASSUMED", "reasoning": "a test of durability",
				   "date": {"date": "2025", "basis": "ASSUMED", "reasoning": "a test of durability"}}}}"""
			.formatted(HOSTING_2025, note);
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json").header("Authorization", basic("carla", "pw"))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				return false;
			}
			assertThat(JsonPath.<List<Object>>read(response.body(), "$.data.recordAssessment.userErrors")).isEmpty();
			return true;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static List<String> notes(int port) throws Exception {
		List<Map<String, Object>> history = JsonPath.read(
				query(port, "{ node(id: \\\"" + HOSTING_2025 + "\\\") { ... on Commitment { statusHistory { note } } } }"),
				"$.data.node.statusHistory");
		return history.stream().map(entry -> String.valueOf(entry.get("note"))).toList();
	}

	/** The answer to a query without variables, its quotes escaped for JSON. */
	private static String query(int port, String document) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + document + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	/** The graph, exported, imports into an empty database without a problem. */
	private void checkDataset(int port) throws Exception {
		HttpResponse<byte[]> zip = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/dataset"))
			.header("Authorization", basic("carla", "pw")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zip.statusCode()).isEqualTo(200);
		Path folder = Files.createTempDirectory(this.data.getParent(), "export");
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path file = folder.resolve(entry.getName());
				Files.createDirectories(file.getParent());
				Files.copy(entries, file);
			}
		}
		datasetCheck().check("file:" + folder + "/");
	}

	private static HttpResponse<String> get(int port, String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
