package org.accordgraph.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.accordgraph.dataset.DatasetMapper.Document;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads a dataset: every {@code *.yaml} (or {@code *.json}: JSON is YAML too) file of a location,
 * in file-name order, and the texts of
 * the sources they name (paths relative to that location).
 */
final class DatasetReader {

	/** What was read: the files, the source texts by source slug, and a checksum of it all. */
	record ReadDataset(List<Document> documents, Map<String, String> sourceTexts, String checksum) {
	}

	/** A dataset file may be large (a generated one of a million nodes is hundreds of megabytes). */
	private static final int MAX_FILE_CODE_POINTS = Integer.MAX_VALUE;

	private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
		.loadSettings(LoadSettings.builder().setCodePointLimit(MAX_FILE_CODE_POINTS).build())
		.build())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	/**
	 * Records in the dataset format, given as maps and lists as YAML would read them.
	 * @param name what problems call them
	 * @throws DatasetException naming the section, record and field that is not of the format
	 */
	static Dataset fromMaps(String name, Map<String, Object> records) {
		try {
			return YAML.convertValue(records, Dataset.class);
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof JacksonException jackson) {
					throw new DatasetException(List.of(notOfTheFormat(name, jackson)));
				}
			}
			throw ex;
		}
	}

	/** Where the records leave the format: the section, the record's index, then the fields. */
	private static Problem notOfTheFormat(String name, JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		String section = (!path.isEmpty() && path.get(0).getPropertyName() != null) ? path.get(0).getPropertyName() : "";
		int index = (path.size() > 1) ? path.get(1).getIndex() : -1;
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path.subList(Math.min(path.size(), 2), path.size())) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		String message = ex.getOriginalMessage();
		if (path.size() <= 1) {
			message = "'" + section + "' is not a section of the dataset format, or is not a list of records";
		}
		else if (message.contains("Unrecognized property") || message.contains("Unrecognized field")) {
			message = "is not a field of this section of the dataset format";
		}
		else {
			message = "is not of the form this field takes (a text, a number, a list or an object, as the dataset"
					+ " format in the README shows)";
		}
		return new Problem(name + " " + section + ((index >= 0) ? "[" + index + "]" : ""), section, index,
				field.toString(), Problem.Rule.FORMAT, message);
	}

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	/**
	 * @param location a folder, such as {@code classpath:data} or {@code file:/path/to/data}
	 */
	ReadDataset read(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		MessageDigest digest = sha256();
		List<Document> documents = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Resource file : yamlFiles(base)) {
			byte[] bytes = bytes(file);
			digest.update(bytes);
			try {
				documents.add(new Document(file.getFilename(), YAML.readValue(bytes, Dataset.class)));
			}
			catch (JacksonException ex) {
				problems.add(file.getFilename() + ": " + ex.getOriginalMessage() + location(ex));
			}
		}
		if (documents.isEmpty() && problems.isEmpty()) {
			problems.add(base + ": no *.yaml or *.json files");
		}
		if (!problems.isEmpty()) {
			throw DatasetException.unreadable(problems);
		}
		Map<String, String> texts = new LinkedHashMap<>();
		for (Document document : documents) {
			for (Dataset.SourceEntry source : document.dataset().sources()) {
				if (source.text() != null) {
					Resource text = this.resolver.getResource(base + source.text());
					if (text.exists()) {
						byte[] bytes = bytes(text);
						digest.update(bytes);
						texts.put(source.slug(), new String(bytes, StandardCharsets.UTF_8));
					}
				}
			}
		}
		return new ReadDataset(documents, texts, HexFormat.of().formatHex(digest.digest()));
	}

	private List<Resource> yamlFiles(String base) {
		try {
			return Stream.concat(Arrays.stream(this.resolver.getResources(base + "*.yaml")),
					Arrays.stream(this.resolver.getResources(base + "*.json")))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw DatasetException.unreadable(List.of(base + ": cannot be read (" + ex.getMessage() + ")"));
		}
	}

	private static byte[] bytes(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw DatasetException.unreadable(List.of(resource.getFilename() + ": cannot be read (" + ex.getMessage() + ")"));
		}
	}

	private static String location(JacksonException ex) {
		var at = ex.getLocation();
		return (at != null) ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
