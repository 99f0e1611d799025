package org.accordgraph.dataset;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An export written as a dataset folder, or as a zip of one: one file per section
 * ({@code conferences.yaml}, or {@code .json}), each record written as it arrives, and the texts
 * of sources under {@code sources/}. The folder imports as it is, and reads as the bundled data
 * does.
 */
public final class DatasetFiles implements DatasetExporter.Sink, AutoCloseable {

	/** The two forms of the dataset format: YAML as the bundled data, or the same records in JSON. */
	public enum Format {

		YAML("yaml", YAMLMapper.builder().build()),
		JSON("json", JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build());

		private final String extension;

		private final ObjectMapper mapper;

		Format(String extension, ObjectMapper mapper) {
			this.extension = extension;
			this.mapper = mapper;
		}

		public String extension() {
			return this.extension;
		}

	}

	private final Path folder;

	private final ZipOutputStream zip;

	private final Format format;

	private OutputStream out;

	private JsonGenerator generator;

	public DatasetFiles(Path folder, Format format) {
		this.folder = folder;
		this.zip = null;
		this.format = format;
	}

	/** Into a zip: the caller closes it. */
	public DatasetFiles(ZipOutputStream zip, Format format) {
		this.folder = null;
		this.zip = zip;
		this.format = format;
	}

	private OutputStream open(String fileName) throws IOException {
		if (this.zip != null) {
			this.zip.putNextEntry(new ZipEntry(fileName));
			return new FilterOutputStream(this.zip) {

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					this.out.write(b, off, len);
				}

				@Override
				public void close() throws IOException {
					DatasetFiles.this.zip.closeEntry();
				}

			};
		}
		Path file = this.folder.resolve(fileName);
		Files.createDirectories(file.getParent());
		return Files.newOutputStream(file);
	}

	@Override
	public void section(String name) {
		try {
			this.out = open(name + "." + this.format.extension());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.generator = this.format.mapper.createGenerator(this.out);
		this.generator.writeStartObject();
		this.generator.writeName(name);
		this.generator.writeStartArray();
	}

	@Override
	public void entry(Map<String, Object> entry) {
		this.generator.writePOJO(entry);
	}

	/** Texts met while a section is being written to a zip, which holds one open entry at a time. */
	private final Map<String, String> pendingTexts = new java.util.LinkedHashMap<>();

	@Override
	public void sourceText(String slug, String fileName, String text) {
		if (this.zip != null) {
			this.pendingTexts.put(fileName, text);
			return;
		}
		writeText(fileName, text);
	}

	private void writeText(String fileName, String text) {
		try (OutputStream file = open(fileName)) {
			file.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void endSection() {
		this.generator.writeEndArray();
		this.generator.writeEndObject();
		this.generator.close();
		close();
		this.pendingTexts.forEach(this::writeText);
		this.pendingTexts.clear();
	}

	@Override
	public void close() {
		if (this.out != null) {
			try {
				this.out.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.out = null;
		}
	}

}
