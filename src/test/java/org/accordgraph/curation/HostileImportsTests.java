package org.accordgraph.curation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphTest;
import org.accordgraph.format.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.accordgraph.ApiAssertions.assertAnswersWhile;
import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.datasetCheck;
import static org.accordgraph.ApiAssertions.facts;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports made to hurt, sent as an administrator: each is refused with a clear 4xx naming what is
 * wrong, the graph is as it was, and the service answers other requests all the while. The
 * service under test takes imports of up to 16 MB ({@code accord.http.max-import-size}).
 */
@AccordGraphTest
class HostileImportsTests {

	private static final String SOURCE = """
			sources:
			  - slug: hostile
			    title: Hostile
			    noUrl: a test
			    text: %s
			    citations:
			      all: "root"
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@TempDir
	Path folder;

	private HttpResponse<String> post(String type, String body) {
		return send(this.port, "POST", "/import", body, "Content-Type", type, "Authorization", basic("ada"));
	}

	/** The problems an import refused with 422 lists, each as {@code field: message}. */
	private static List<String> problems(HttpResponse<String> refused) {
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.body()).doesNotContain("at org.").doesNotContain("Exception");
		List<Map<String, Object>> problems = JsonPath.read(refused.body(), "$.problems");
		return problems.stream().map(problem -> problem.get("field") + ": " + problem.get("message")).toList();
	}

	@Test
	void aSourceTextIsReadOnlyFromInsideTheUpload() {
		Map<String, Object> before = facts(this.neo4j);
		for (String outside : List.of("../../../../../../proc/self/cmdline", "/etc/passwd", "sources/../../x.txt",
				"file:/etc/passwd", "classpath:application.yaml", "..\\\\..\\\\etc\\\\passwd")) {
			assertAnswersWhile(this.port, () -> assertThat(problems(post("application/yaml", SOURCE.formatted(
					"\"" + outside + "\"")))).as(outside).singleElement().asString()
				.contains("text", "must name a file inside the dataset's folder"));
		}
		assertThat(facts(this.neo4j)).isEqualTo(before);
	}

	@Test
	void aLinkOutOfTheDatasetsFolderIsNotFollowed() throws IOException {
		Files.writeString(this.folder.resolve("test.yaml"), SOURCE.formatted("leak.txt"));
		Files.createSymbolicLink(this.folder.resolve("leak.txt"), Path.of("/etc/passwd"));
		assertThatThrownBy(() -> datasetCheck().check("file:" + this.folder + "/")).isInstanceOfSatisfying(
				DatasetException.class, refused -> assertThat(refused.problems()).singleElement().asString()
					.contains("text", "must name a file inside the dataset's folder"));
	}

	@Test
	void aZipThatInflatesPastTheLimitIsRefusedAsItInflates() throws IOException {
		Map<String, Object> before = facts(this.neo4j);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("bomb.yaml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int megabytes = 0; megabytes < 256; megabytes++) {
				out.write(spaces);
			}
			out.closeEntry();
		}
		assertThat(zip.size()).as("the zip as sent").isLessThan(1024 * 1024);
		assertAnswersWhile(this.port, () -> assertHttpError(sendBytes("application/zip", zip.toByteArray()), 413,
				"LIMIT_EXCEEDED", "The zip, unpacked, is larger than 16 MB"));
		assertThat(facts(this.neo4j)).isEqualTo(before);
	}

	@Test
	void aBodyOverTheLimitIsRefusedWhetherItSaysItsLengthOrNot() {
		long megabytes = 200;
		assertAnswersWhile(this.port, () -> {
			assertHttpError(sendStream(megabytes, true), 413, "LIMIT_EXCEEDED",
					"(limit accord.http.max-import-size = 16MB)");
			assertHttpError(sendStream(megabytes, false), 413, "LIMIT_EXCEEDED",
					"(limit accord.http.max-import-size = 16MB)");
		});
	}

	@Test
	void anchorsAndAliasesAreRefusedSoNoBillionLaughs() {
		StringBuilder bomb = new StringBuilder("organisations:\n  - slug: laughs\n    kind: NGO\n    name: &a0 \"lol\"\n");
		for (int i = 1; i < 10; i++) {
			bomb.append("    x").append(i).append(": &a").append(i).append(" [")
				.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
		}
		assertThat(problems(post("application/yaml", bomb.toString()))).singleElement().asString()
			.contains("anchors (&) and aliases (*) are not part of the dataset format");
		assertThat(problems(post("application/yaml", "organisations:\n  - &o {slug: a, name: A, kind: NGO}\n  - *o\n")))
			.singleElement().asString().contains("anchors (&) and aliases (*)");
	}

	@Test
	void tagsAreRefusedAndNeverRun() {
		for (String tag : List.of("!!python/object/apply:os.system [\"touch /tmp/accord-pwned\"]",
				"!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]",
				"!!binary aGVsbG8=")) {
			assertThat(problems(post("application/yaml", "organisations:\n  - {slug: tagged, kind: NGO, name: " + tag
					+ "}\n"))).as(tag).singleElement().asString().contains("tags (", "are not part of the dataset format");
		}
		assertThat(Path.of("/tmp/accord-pwned")).doesNotExist();
	}

	@Test
	void xmlIsNeverParsed() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<organisations><slug>&x;</slug></organisations>""";
		assertHttpError(post("application/xml", xxe), 400, "BAD_REQUEST", "Send a dataset as application/yaml");
		assertThat(problems(post("application/yaml", xxe))).singleElement().asString().doesNotContain("root:");
	}

	@Test
	void aFieldTooLongIsRefusedNamingIt() {
		String title = "t".repeat(30_000);
		assertAnswersWhile(this.port, () -> assertThat(problems(post("application/yaml",
				"organisations:\n  - {slug: long, kind: NGO, name: \"" + title + "\"}\n")))
			.anySatisfy(problem -> assertThat(problem).asString()
				.contains("\"name\"]: is longer than 20000 characters")));
	}

	@Test
	void deepNestingIsRefusedAsUnreadable() {
		String deep = "{\"organisations\": [{\"slug\": \"deep\", \"kind\": \"NGO\", \"name\": " + "[".repeat(100_000)
				+ "]".repeat(100_000) + "}]}";
		assertAnswersWhile(this.port, () -> assertThat(problems(post("application/json", deep))).singleElement()
			.asString().contains("upload.json", "nesting depth"));
	}

	@Test
	void aKeyGivenTwiceIsRefused() {
		assertThat(problems(post("application/yaml", "organisations:\n  - {slug: a, slug: b, name: A, kind: NGO}\n")))
			.singleElement().asString().contains("Duplicate", "slug");
		assertThat(problems(post("application/json", "{\"organisations\": [], \"organisations\": []}")))
			.singleElement().asString().contains("Duplicate", "organisations");
	}

	private HttpResponse<String> sendBytes(String type, byte[] body) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
					+ "/import")).header("Content-Type", type).header("Authorization", basic("ada"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Streams that many megabytes of a YAML comment, saying its length first or not (chunked). */
	private HttpResponse<String> sendStream(long megabytes, boolean sayLength) {
		long length = megabytes * 1024 * 1024;
		HttpRequest.BodyPublisher comment = HttpRequest.BodyPublishers.ofInputStream(() -> new Comment(length));
		HttpRequest.BodyPublisher body = sayLength ? HttpRequest.BodyPublishers.fromPublisher(comment, length) : comment;
		try {
			return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/import"))
					.header("Content-Type", "application/yaml").header("Authorization", basic("ada"))
					.timeout(Duration.ofMinutes(1)).POST(body).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A YAML comment of the length given, made as it is read. */
	private static final class Comment extends InputStream {

		private final long length;

		private long read;

		Comment(long length) {
			this.length = length;
		}

		@Override
		public int read() {
			if (this.read == this.length) {
				return -1;
			}
			long at = this.read++;
			return (at % 80 == 0) ? '#' : (at % 80 == 79) ? '\n' : 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int max) {
			if (this.read == this.length) {
				return -1;
			}
			int n = (int) Math.min(max, this.length - this.read);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = (byte) read();
			}
			return n;
		}

	}

}
