package org.accordgraph.curation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.accordgraph.curation.Curation.Outcome;
import org.accordgraph.curation.Curation.Prepared;
import org.accordgraph.dataset.BulkLoad;
import org.accordgraph.dataset.BulkLoad.Loaded;
import org.accordgraph.dataset.DatasetExporter;
import org.accordgraph.dataset.DatasetFiles;
import org.accordgraph.format.DatasetException;
import org.accordgraph.format.DatasetTooLarge;
import org.accordgraph.format.DatasetWrites;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The command line's {@code import FILE|DIR [--dry-run | --bulk]} and {@code export DIR
 * [--format=yaml|json]}: the same import as {@code POST /import} (one transaction, every change in
 * the audit trail under the name of the user at the command line), a bulk load into an empty
 * database ({@link BulkLoad}, for a dataset larger than one transaction holds), and the same
 * export as {@code GET /export/dataset}, written to a folder.
 */
@Component
@ConditionalOnProperty("accord.command.name")
class DatasetCommand implements ApplicationRunner, ExitCodeGenerator {

	private final Curation curation;

	private final DatasetWrites writes;

	private final DatasetExporter exporter;

	private final BulkLoad bulkLoad;

	private final Environment environment;

	private final PrintStream out = System.out;

	private int exitCode;

	private static final String USER = "command line (" + System.getProperty("user.name") + ")";

	/** An import from the command line is an administrator's deliberate act: it takes the time it needs. */
	private static final Duration AS_LONG_AS_IT_TAKES = Duration.ofDays(1);

	DatasetCommand(Curation curation, DatasetWrites writes, DatasetExporter exporter, BulkLoad bulkLoad,
			Environment environment) {
		this.curation = curation;
		this.writes = writes;
		this.exporter = exporter;
		this.bulkLoad = bulkLoad;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments arguments) throws IOException {
		Path path = Path.of(this.environment.getRequiredProperty("accord.command.path")).toAbsolutePath();
		if (this.environment.getRequiredProperty("accord.command.name").equals("export")) {
			export(path, DatasetFiles.Format.valueOf(
					this.environment.getProperty("format", "yaml").toUpperCase(Locale.ROOT)));
		}
		else if (this.environment.containsProperty("bulk")) {
			bulkLoad(path);
		}
		else {
			importDataset(path, this.environment.containsProperty("dry-run"));
		}
	}

	private void export(Path folder, DatasetFiles.Format format) {
		try (DatasetFiles files = new DatasetFiles(folder, format)) {
			this.exporter.export(files);
		}
		this.out.println("Exported the graph to " + folder + " (" + format.extension() + ")");
	}

	private void bulkLoad(Path path) throws IOException {
		if (!Files.exists(path)) {
			this.out.println("There is no file or folder " + path);
			this.exitCode = 2;
			return;
		}
		Path copy = folderOf(path);
		try {
			Loaded loaded = this.bulkLoad.load("file:" + ((copy != null) ? copy : path) + "/", path.getFileName().toString(),
					USER);
			this.out.println("Loaded " + path + " in bulk: " + loaded.rows() + " nodes and relationships, " + loaded.created()
					+ " created");
		}
		catch (DatasetException ex) {
			this.out.println("Nothing was loaded: " + ex.details().size() + " problem(s)");
			ex.problems().forEach(problem -> this.out.println("  " + problem));
			this.exitCode = 1;
		}
		catch (BulkLoad.Refused ex) {
			this.out.println("Nothing was loaded: " + ex.getMessage());
			this.exitCode = 1;
		}
		finally {
			if (copy != null) {
				FileSystemUtils.deleteRecursively(copy);
			}
		}
	}

	/** A folder holding a copy of the file, to be deleted after; null if the path is a folder already. */
	private static Path folderOf(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			return null;
		}
		Path copy = Files.createTempDirectory("accord-import-");
		Files.copy(path, copy.resolve(path.getFileName()));
		return copy;
	}

	private void importDataset(Path path, boolean dryRun) throws IOException {
		if (!Files.exists(path)) {
			this.out.println("There is no file or folder " + path);
			this.exitCode = 2;
			return;
		}
		Path copy = folderOf(path);
		Path folder = (copy != null) ? copy : path;
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USER, null, List.of()));
		String location = "file:" + folder + "/";
		try {
			Outcome outcome = this.curation.changeWithin(AS_LONG_AS_IT_TAKES, "import " + path.getFileName(),
					InputPaths.FILES, dryRun, () -> Prepared.applied(this.writes.writeDataset(location, !dryRun).written()));
			if (!outcome.made()) {
				this.out.println("Nothing was imported: " + outcome.userErrors().size() + " problem(s)");
				outcome.userErrors().forEach(error -> this.out.println("  " + String.join(".", error.field()) + ": "
						+ error.message() + " [" + error.code() + "]"));
				this.exitCode = 1;
				return;
			}
			this.out.println((dryRun ? "Dry run, nothing written: would have " : "Imported " + path + ": ")
					+ outcome.written().created() + " created, " + outcome.written().changed() + " changed, "
					+ outcome.written().unchanged() + " unchanged (nodes and relationships)");
		}
		catch (DatasetTooLarge ex) {
			this.out.println("Nothing was imported: " + ex.getMessage());
			this.exitCode = 1;
		}
		finally {
			SecurityContextHolder.clearContext();
			if (copy != null) {
				FileSystemUtils.deleteRecursively(copy);
			}
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
