package org.accordgraph.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An export written as a dataset folder: one file per section ({@code conferences.yaml}, or
 * {@code .json}), each record written as it arrives, and the texts of sources under
 * {@code sources/}. The folder imports as it is, and reads as the bundled data does.
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

	private final Format format;

	private OutputStream out;

	private JsonGenerator generator;

	public DatasetFiles(Path folder, Format format) {
		this.folder = folder;
		this.format = format;
	}

	@Override
	public void section(String name) {
		try {
			Files.createDirectories(this.folder);
			this.out = Files.newOutputStream(this.folder.resolve(name + "." + this.format.extension()));
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

	@Override
	public void sourceText(String slug, String fileName, String text) {
		try {
			Path file = this.folder.resolve(fileName);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
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
