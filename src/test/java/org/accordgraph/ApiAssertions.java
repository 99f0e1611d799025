package org.accordgraph;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.dataset.DatasetImporter;
import org.accordgraph.format.DatasetCheck;
import org.accordgraph.format.DatasetException;
import org.accordgraph.format.Section;
import org.accordgraph.format.Sections;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the API's tests share: the assertions on its error shapes, a plain HTTP client for
 * requests that a GraphQL client would not send, clients signed in as the test users, and the
 * way back to the bundled graph after a test that changes it.
 */
public final class ApiAssertions {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ApiAssertions() {
	}

	/**
	 * The global id of an object, made as the API makes it (a client must not need to: tests that
	 * name objects the bundled data holds use it as a shortcut).
	 */
	public static String id(String type, String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	/** The type and key an id of the API holds, as {@code Type:key}. */
	public static String typeAndKey(String id) {
		return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
	}

	/** The value of an {@code Authorization} header signing in a test user of {@link AccordGraphTest}. */
	public static String basic(String user) {
		return basic(user, AccordGraphTest.PASSWORD);
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A client of the API that sends the {@code Authorization} header given, and waits as long as
	 * a write may wait for others' (a minute, not the tester's five seconds: fifty curators writing
	 * to one object queue for its lock, and the build may share the machine).
	 */
	public static HttpGraphQlTester signedIn(HttpGraphQlTester graphQl, String authorization) {
		return patient(graphQl).mutate().header("Authorization", authorization).build();
	}

	/** A client that waits as long as a read may wait for others' writes: a minute. */
	public static HttpGraphQlTester patient(HttpGraphQlTester graphQl) {
		return graphQl.mutate()
			.webTestClient(client -> client.responseTimeout(Duration.ofMinutes(1)))
			.responseTimeout(Duration.ofMinutes(1))
			.build();
	}

	/**
	 * For a test class whose tests change the graph ({@code @ExtendWith(ApiAssertions.RestoresTheGraph.class)}):
	 * after each test, the graph is put back as the bundled dataset makes it, for the tests that follow.
	 */
	public static final class RestoresTheGraph implements AfterEachCallback {

		@Override
		public void afterEach(ExtensionContext context) {
			ApplicationContext application = SpringExtension.getApplicationContext(context);
			// a test's clean-up (closing a WebSocket client) may leave the thread's interrupt flag set, on
			// which the driver closes its connection: the graph must be restored for the tests that follow
			Thread.interrupted();
			restoreBundledGraph(application.getBean(Neo4jClient.class), application.getBean(DatasetImporter.class));
		}

	}

	/**
	 * Puts the graph back as the bundled dataset makes it, for the tests that follow one that
	 * changed it: everything but the record of applied migrations is removed, and the bundled
	 * dataset imported again.
	 */
	public static void restoreBundledGraph(Neo4jClient neo4j, DatasetImporter importer) {
		emptyGraph(neo4j);
		importer.importDataset("classpath:data", "bundled");
	}

	/** Removes every node but the record of applied migrations: an empty database to import into. */
	public static void emptyGraph(Neo4jClient neo4j) {
		neo4j.query("""
				MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
				CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""").run();
	}

	/**
	 * Every fact of the graph, each node and relationship with all its properties, as sorted text
	 * to compare; bookkeeping (versions, the audit trail, imports, migrations) aside.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> facts(Neo4jClient neo4j) {
		List<String> nodes = neo4j.query("""
				MATCH (n) WHERE NOT n:Change AND NOT n:ChangeSequence AND NOT n:Dataset AND NOT n:ProposalBatch
				  AND NOT n:RejectedProposal
				  AND none(l IN labels(n) WHERE l STARTS WITH '__')
				RETURN labels(n) AS labels, properties(n) AS properties""").fetch().all().stream().map(row -> {
					Map<String, Object> properties = new TreeMap<>((Map<String, Object>) row.get("properties"));
					properties.remove("version");
					return row.get("labels") + " " + properties;
				}).sorted().toList();
		List<String> relationships = neo4j.query("""
				MATCH (a)-[r]->(b)
				RETURN coalesce(a.slug, a.code, a.key) + ' -' + type(r) + '-> ' + coalesce(b.slug, b.code, b.key) AS r,
				       properties(r) AS properties""").fetch().all().stream()
			.map(row -> row.get("r") + " " + new TreeMap<>((Map<String, Object>) row.get("properties")))
			.sorted()
			.toList();
		return new TreeMap<>(Map.of("nodes", nodes, "relationships", relationships));
	}

	/** A single {@code BAD_REQUEST} error naming the argument, without a trace of the code. */
	/** The labels the full-text index {@code search_text} covers, as the database reports them. */
	public static List<String> searchIndexLabels(Neo4jClient neo4j) {
		return neo4j.query("SHOW INDEXES YIELD name, labelsOrTypes WHERE name = 'search_text' RETURN labelsOrTypes")
			.fetch()
			.one()
			.map(row -> ((List<?>) row.get("labelsOrTypes")).stream().map(String.class::cast).toList())
			.orElseThrow();
	}

	public static void assertBadRequest(List<ResponseError> errors, String argument) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains("'" + argument + "'");
			assertThat(error.getExtensions()).containsEntry("argument", argument);
			assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("at org.");
		});
	}

	/** Errors classified {@code LIMIT_EXCEEDED} that name the limit and its value. */
	public static void assertRefused(List<ResponseError> errors, String limit, String value) {
		assertThat(errors).isNotEmpty().allSatisfy(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("LIMIT_EXCEEDED");
			assertThat(error.getExtensions()).containsEntry("limit", limit).containsEntry("value", value);
			assertThat(error.getMessage()).contains("accord.graphql.limits." + limit + " = " + value);
		});
	}

	/**
	 * A selection nested in itself: {@code opening} (which opens one or more braces) the given
	 * number of times, the leaf inside, and every brace closed.
	 */
	public static String nested(String opening, int times, String leaf) {
		long braces = opening.chars().filter(c -> c == '{').count();
		return opening.repeat(times) + leaf + " }".repeat((int) braces * times);
	}

	/**
	 * A document of a few lines that expands to 2^levels fields: {@code F0} selects one, and each
	 * next fragment spreads the one before twice.
	 */
	public static String fragmentFanOut(int levels) {
		StringBuilder document = new StringBuilder("{ ...F" + levels + " }\nfragment F0 on Query { __typename }\n");
		for (int level = 1; level <= levels; level++) {
			document.append("fragment F").append(level).append(" on Query { ...F").append(level - 1).append(" ...F")
				.append(level - 1).append(" }\n");
		}
		return document.toString();
	}

	/** An answer to a request sent over a socket of its own: its status and its whole text, head and body. */
	public record RawAnswer(int status, String text) {
	}

	/**
	 * Sends an HTTP/1.1 request from a local address of its own (127.0.0.2, say: the service sees
	 * another client), asking the service to close the connection after answering; to
	 * {@code localhost} unless a {@code Host} header is given.
	 * @param headers names and values, alternately
	 */
	public static RawAnswer sendFrom(String localAddress, int port, String method, String path, String body,
			String... headers) {
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.bind(new java.net.InetSocketAddress(localAddress, 0));
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(30_000);
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nConnection: close\r\n"
					+ "Content-Length: " + content.length + "\r\n");
			if (!List.of(headers).contains("Host")) {
				request.append("Host: localhost:").append(port).append("\r\n");
			}
			for (int i = 0; i < headers.length; i += 2) {
				request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
			}
			socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().write(content);
			socket.getOutputStream().flush();
			String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return new RawAnswer(Integer.parseInt(text.substring(9, 12)), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends a request exactly as given, as a client that is not a GraphQL client might.
	 * @param headers names and values, alternately
	 */
	public static HttpResponse<String> send(int port, String method, String path, String body, String... headers) {
		return send(port, method, path, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody(), headers);
	}

	/** A request with a body of bytes, such as a file uploaded. */
	public static HttpResponse<String> sendBytes(int port, String method, String path, byte[] body, String... headers) {
		return send(port, method, path, BodyPublishers.ofByteArray(body), headers);
	}

	/** A GET whose answer is kept as bytes, such as a PDF. */
	public static HttpResponse<byte[]> getBytes(int port, String path, String... headers) {
		return send(port, "GET", path, BodyPublishers.noBody(), BodyHandlers.ofByteArray(), headers);
	}

	private static HttpResponse<String> send(int port, String method, String path, HttpRequest.BodyPublisher body,
			String... headers) {
		return send(port, method, path, body, BodyHandlers.ofString(), headers);
	}

	private static <T> HttpResponse<T> send(int port, String method, String path, HttpRequest.BodyPublisher body,
			HttpResponse.BodyHandler<T> answer, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body);
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return HTTP.send(request.build(), answer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What a reader asks while an attack runs: a small question whose answer is known. */
	private static final String NORMAL_QUERY = "{\"query\": \"{ country(code: \\\"KZ\\\") { name } }\"}";

	/**
	 * Runs the attack (with its own assertions on how it is refused) on two threads, over and over,
	 * and meanwhile asks the service a normal question ten times: each is answered, rightly, within
	 * a request's time limit (ten seconds; how fast it is answered is measured in BENCHMARKS.md, not
	 * in a test). Then stops the attack and fails if any attack's assertion failed.
	 * @return the slowest answer to the normal question
	 */
	public static Duration assertAnswersWhile(int port, Runnable attack) {
		java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.ExecutorService attackers = java.util.concurrent.Executors.newFixedThreadPool(2);
		List<java.util.concurrent.Future<Integer>> attacks = new java.util.ArrayList<>();
		for (int i = 0; i < 2; i++) {
			attacks.add(attackers.submit(() -> {
				int made = 0;
				do {
					attack.run();
					made++;
				}
				while (!stop.get());
				return made;
			}));
		}
		Duration slowest = Duration.ZERO;
		try {
			for (int question = 0; question < 10; question++) {
				long start = System.nanoTime();
				HttpResponse<String> answer = send(port, "POST", "/graphql", NORMAL_QUERY, "Content-Type",
						"application/json");
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				assertThat(answer.body()).as("the answer to a reader during the attack").contains("\"Kazakhstan\"");
				slowest = (took.compareTo(slowest) > 0) ? took : slowest;
			}
		}
		finally {
			stop.set(true);
			attackers.shutdown();
		}
		for (java.util.concurrent.Future<Integer> made : attacks) {
			try {
				assertThat(made.get(2, java.util.concurrent.TimeUnit.MINUTES)).isPositive();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				if (ex.getCause() instanceof AssertionError failed) {
					throw failed;
				}
				throw new IllegalStateException("the attack failed", ex.getCause());
			}
			catch (InterruptedException | java.util.concurrent.TimeoutException ex) {
				throw new IllegalStateException("the attack did not end", ex);
			}
		}
		assertThat(slowest).as("the slowest answer to a reader during the attack").isLessThan(Duration.ofSeconds(10));
		return slowest;
	}

	/**
	 * A response that refuses the request with the status, as a GraphQL response with one error
	 * classified as given whose message says what was wrong, without a trace of the code.
	 */
	public static void assertHttpError(HttpResponse<String> response, int status, String classification,
			String messageContains) {
		assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
		List<Map<String, Object>> errors = JsonPath.read(response.body(), "$.errors");
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat((String) error.get("message")).contains(messageContains)
				.doesNotContain("Exception")
				.doesNotContain("at org.");
			assertThat(error).extractingByKey("extensions").asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("classification", classification);
		});
	}

	/** The global id of Tajikistan's undertaking to host the 2025 conference: the bundled hosting a test can assess. */
	public static final String HOSTING_2025 = "Q29tbWl0bWVudDpob3N0LWNlbnRyYWwtYXNpYS10aXAtY29uZmVyZW5jZS0yMDI1";

	/**
	 * Two sources for datasets under test: {@code gazette}, whose text ({@link #TEST_SOURCE_FILES})
	 * is held, so its passage is checked word for word, and {@code summary}, cited by a summary.
	 */
	public static final String TEST_SOURCES = """
			sources:
			  - slug: gazette
			    title: Gazette
			    noUrl: A test source, held in the test.
			    text: gazette.txt
			    citations:
			      kz: "Kazakhstan is a country."
			  - slug: summary
			    title: Summary
			    url: https://summary.example/
			    citations:
			      kz: "Kazakhstan is in Central Asia."
			""";

	/** The text of {@code gazette}, with a double space the passage need not repeat. */
	public static final String GAZETTE_TEXT = "Kazakhstan is a  country.\n";

	/** The files beside a dataset of {@link #TEST_SOURCES}. */
	public static final Map<String, String> TEST_SOURCE_FILES = Map.of("gazette.txt", GAZETTE_TEXT);

	/**
	 * A curator's assessment of the 2025 hosting: PENDING, knowingly unsourced, its basis and its
	 * date's assumed; refused if the service reports a user error.
	 */
	public static void recordUnsourcedAssessment(HttpGraphQlTester curator, String note) {
		curator.document("""
				mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { userErrors { message } } }""")
			.variable("input", Map.of("subject", HOSTING_2025, "status", "PENDING", "note", note, "unsourced", true,
					"basis", "ASSUMED", "reasoning", "a test: " + note, "date",
					Map.of("date", "2026", "basis", "ASSUMED", "reasoning", "a test: " + note)))
			.execute()
			.path("recordAssessment.userErrors").entityList(Object.class).hasSize(0);
	}

	/** The sections of the dataset format, as Spring makes them, without the rest of the service. */
	private static Sections sections;

	/** The registry of the format's sections, made by Spring of the features' section beans alone. */
	public static synchronized Sections sections() {
		if (sections == null) {
			try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
				ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
				scanner.addIncludeFilter(new AssignableTypeFilter(Section.class));
				scanner.scan(AccordGraphApplication.class.getPackageName());
				context.refresh();
				List<Section<?>> found = new java.util.ArrayList<>();
				context.getBeansOfType(Section.class).values().forEach(found::add);
				sections = new Sections(found);
			}
		}
		return sections;
	}

	/** The dataset checks, as an import into an empty database makes them, with no database. */
	public static DatasetCheck datasetCheck() {
		return DatasetCheck.of(sections());
	}

	/**
	 * The problems the dataset checks find in a file {@code test.yaml} holding the YAML, beside
	 * the given files (the texts of its sources, by name), checked as an import into an empty
	 * database would be; empty if there are none.
	 */
	public static List<String> datasetProblems(String yaml, Map<String, String> files) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("dataset-");
			Files.writeString(folder.resolve("test.yaml"), yaml);
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(folder.resolve(file.getKey()), file.getValue());
			}
			datasetCheck().check("file:" + folder + "/");
			return List.of();
		}
		catch (DatasetException ex) {
			return ex.problems();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (folder != null) {
				FileSystemUtils.deleteRecursively(folder.toFile());
			}
		}
	}

	/**
	 * Headless Chromium through ChromeDriver, both found on the PATH, able to resolve no host but
	 * localhost: a page that needs anything from elsewhere stays incomplete. Skips the test, saying
	 * why, where either is missing ({@code .ci/run} installs Debian's {@code chromium} and
	 * {@code chromium-driver}).
	 */
	public static WebDriver headlessChromium(Path profile) {
		Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
		Optional<Path> chromeDriver = onPath("chromedriver");
		String missing = "No Chromium and ChromeDriver on the PATH: install Debian's chromium and chromium-driver "
				+ "(.ci/run does) to run the browser tests";
		if (chromium.isEmpty() || chromeDriver.isEmpty()) {
			// a skip in @BeforeAll shows in Maven's summary as "Tests run: 0": say why where the build prints it
			System.err.println("Skipping the browser tests: " + missing);
		}
		assumeTrue(chromium.isPresent() && chromeDriver.isPresent(), missing);
		ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--window-size=1400,900", "--user-data-dir=" + profile,
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		ChromeDriverService driver = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromeDriver.get().toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(driver, options);
		chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				window.__cspViolations = [];
				document.addEventListener('securitypolicyviolation',
				    e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));"""));
		return chrome;
	}

	/**
	 * Saves the page as it stands under {@code target/explorer-screenshots/}, named after the test,
	 * and checks that its Content-Security-Policy refused nothing since it loaded.
	 */
	public static void saveScreenshot(WebDriver browser, TestInfo test) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "explorer-screenshots"));
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(folder.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
		assertThat(cspViolations(browser)).as("what the page's Content-Security-Policy refused").isEmpty();
	}

	/** The page's violations of WCAG 2.1 A and AA that axe-core finds, with their impact. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> axeViolations(WebDriver browser) throws IOException {
		try (InputStream in = ApiAssertions.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			((JavascriptExecutor) browser).executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
				  .then(result => done(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
				    nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) }))));""");
	}

	/** What the page's Content-Security-Policy refused since it loaded (see {@link #headlessChromium}). */
	@SuppressWarnings("unchecked")
	public static List<String> cspViolations(WebDriver browser) {
		return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return window.__cspViolations || []");
	}

	private static Optional<Path> onPath(String... names) {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.flatMap(directory -> Arrays.stream(names).map(name -> Path.of(directory, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
