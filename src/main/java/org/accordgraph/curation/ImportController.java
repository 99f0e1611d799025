package org.accordgraph.curation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.format.DatasetTooLarge;
import org.accordgraph.format.DatasetWrites;
import org.accordgraph.graphql.HttpLimits;
import org.accordgraph.graphql.RequestBodyLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /import} (ADMIN): a dataset in the bundled data's format, as one YAML or JSON file,
 * or as a zip of a dataset folder (files and source texts), written in one transaction through
 * the import's path, every change in the audit trail. Records already in the graph are replaced
 * by the file's (the same file twice changes nothing) and records may name what the graph
 * already holds. {@code dryRun=true} reports what would be created, changed and left alone, and
 * writes nothing. A file with a problem writes nothing and the answer lists every problem, by
 * file, record and field.
 */
@RestController
class ImportController {

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	/** The most files a zip may hold: a dataset is a few files and the texts of its sources. */
	static final int MAX_FILES = 10_000;

	private final Curation curation;

	private final DatasetWrites writes;

	private final HttpLimits limits;

	ImportController(Curation curation, DatasetWrites writes, HttpLimits limits) {
		this.curation = curation;
		this.writes = writes;
		this.limits = limits;
	}

	@PostMapping(path = "/import", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> importDataset(InputStream body,
			@RequestHeader(name = "Content-Type", defaultValue = "application/yaml") String contentType,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "import") String name) throws IOException {
		Path folder = Files.createTempDirectory("accord-import-");
		try {
			unpack(body, MediaType.parseMediaType(contentType), folder);
			try (var files = Files.list(folder)) {
				if (files.noneMatch(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".json"))) {
					throw new IllegalArgumentException("The upload holds no dataset: send one YAML or JSON file, or a zip"
							+ " with *.yaml or *.json files at its top (and the source texts they name)");
				}
			}
			Outcome outcome = this.curation.changeWithin(this.limits.importTimeout(), "import " + name, InputPaths.FILES,
					dryRun, () -> Prepared.applied(this.writes.writeDataset("file:" + folder + "/", !dryRun).written()));
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("name", name);
			answer.put("dryRun", dryRun);
			if (!outcome.made()) {
				answer.put("problems", outcome.userErrors());
				return ResponseEntity.unprocessableEntity().body(answer);
			}
			answer.put("created", outcome.written().created());
			answer.put("changed", outcome.written().changed());
			answer.put("unchanged", outcome.written().unchanged());
			answer.put("sequence", outcome.sequence());
			log.info("{} '{}': {} created, {} changed, {} unchanged", dryRun ? "Dry run of import" : "Imported", name,
					outcome.written().created(), outcome.written().changed(), outcome.written().unchanged());
			return ResponseEntity.ok(answer);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("errors",
					List.of(Map.of("message", ex.getMessage(), "extensions", Map.of("classification", "BAD_REQUEST")))));
		}
		catch (DatasetTooLarge ex) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("errors", List.of(Map.of("message",
					ex.getMessage(), "extensions", Map.of("classification", "LIMIT_EXCEEDED", "limit", "accord.dataset.max-rows")))));
		}
		catch (Curation.TimedOut ex) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("errors", List.of(Map.of("message",
					"The import '" + name + "' ran out of time: " + ex.getMessage() + " (limit accord.http.import-timeout = "
							+ this.limits.importTimeout() + "). Import it in parts, or from the command line "
							+ "(java -jar accord-graph.jar import DIR), which has no time limit",
					"extensions", Map.of("classification", "LIMIT_EXCEEDED", "limit", "import-timeout")))));
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	/**
	 * The upload as a dataset folder: a zip unpacked, or one file named for its format. A zip's
	 * entries are counted as they inflate, and the unpacking stops as soon as they come to more than
	 * the import's limit, or to more files than a dataset has.
	 */
	private void unpack(InputStream body, MediaType type, Path folder) throws IOException {
		if (type.isCompatibleWith(MediaType.parseMediaType("application/zip"))) {
			long left = this.limits.maxImportSize().toBytes();
			int files = 0;
			try (ZipInputStream zip = new ZipInputStream(body)) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					Path file = folder.resolve(entry.getName()).normalize();
					if (!file.startsWith(folder) || file.equals(folder)) {
						throw new IllegalArgumentException("The zip names a file outside its folder: " + entry.getName());
					}
					if (entry.isDirectory()) {
						Files.createDirectories(file);
						continue;
					}
					if (++files > MAX_FILES) {
						throw new IllegalArgumentException("The zip holds more than " + MAX_FILES + " files");
					}
					Files.createDirectories(file.getParent());
					left -= copy(zip, file, left);
				}
			}
			return;
		}
		String extension = type.isCompatibleWith(MediaType.APPLICATION_JSON) ? "json"
				: (type.getSubtype().contains("yaml")) ? "yaml" : null;
		if (extension == null) {
			throw new IllegalArgumentException("Send a dataset as application/yaml, application/json or application/zip, not "
					+ type);
		}
		Files.copy(body, folder.resolve("upload." + extension));
	}

	/** Copies at most {@code left} bytes of the entry; refuses the import at the first byte more. */
	private long copy(InputStream entry, Path file, long left) throws IOException {
		long copied = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
				copied += n;
				if (copied > left) {
					throw new RequestBodyLimits.TooLarge("accord.http.max-import-size", this.limits.maxImportSize(),
							"The zip, unpacked,");
				}
				out.write(buffer, 0, n);
			}
		}
		return copied;
	}

}
