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
import org.accordgraph.evidence.Problem;
import org.accordgraph.evidence.Section;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
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
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/**
	 * Records in the dataset format, given as maps and lists as YAML would read them.
	 * @param name what problems call them
	 * @throws DatasetException naming the section, record and field that is not of the format
	 */
	static Dataset fromMaps(String name, Map<String, Object> records) {
		try (JsonParser parser = YAML.treeAsTokens(YAML.valueToTree(records))) {
			return read(name, parser);
		}
	}

	/**
	 * Reads one file's sections, entry by entry, each converted to its section's type: an entry
	 * not of the format is reported with section, index and field, and the others still read.
	 * @throws StreamReadException if the file is not YAML or JSON at all
	 */
	private static Dataset read(String name, JsonParser parser) {
		Map<Section<?>, List<?>> entries = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		JsonToken start = parser.nextToken();
		if (start == null) {
			return new Dataset(entries);
		}
		if (start != JsonToken.START_OBJECT) {
			throw DatasetException.unreadable(List.of(name + ": is not a map of sections (such as `conferences:`) to lists of records"));
		}
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String sectionName = parser.currentName();
			Section<?> section = Sections.named(sectionName).orElse(null);
			if (parser.nextToken() != JsonToken.START_ARRAY || section == null) {
				parser.skipChildren();
				problems.add(new Problem(name + " " + sectionName, sectionName, -1, "", Problem.Rule.FORMAT,
						"'" + sectionName + "' is not a section of the dataset format, or is not a list of records"));
				continue;
			}
			entries.put(section, entries(name, section, parser, problems));
		}
		if (!problems.isEmpty()) {
			throw new DatasetException(problems);
		}
		return new Dataset(entries);
	}

	private static <E> List<E> entries(String name, Section<E> section, JsonParser parser, List<Problem> problems) {
		List<E> entries = new ArrayList<>();
		for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
			JsonNode tree = YAML.readTree(parser);
			try {
				entries.add((tree == null || tree.isNull()) ? null : YAML.treeToValue(tree, section.entryType()));
			}
			catch (DatabindException ex) {
				problems.add(notOfTheFormat(name, section.name(), index, ex));
			}
		}
		return entries;
	}

	/** Where an entry leaves the format: the fields, from the entry down. */
	private static Problem notOfTheFormat(String name, String section, int index, DatabindException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		String message = (ex instanceof UnrecognizedPropertyException)
				? "is not a field of this section of the dataset format"
				: "is not of the form this field takes (a text, a number, a list or an object, as the dataset"
						+ " format in the README shows)";
		return new Problem(name + " " + section + "[" + index + "]", section, index, field.toString(),
				Problem.Rule.FORMAT, message);
	}

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	/**
	 * @param location a folder, such as {@code classpath:data} or {@code file:/path/to/data}
	 */
	ReadDataset read(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		MessageDigest digest = sha256();
		List<Document> documents = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (Resource file : yamlFiles(base)) {
			byte[] bytes = bytes(file);
			digest.update(bytes);
			try {
				try (JsonParser parser = YAML.createParser(bytes)) {
					documents.add(new Document(file.getFilename(), read(file.getFilename(), parser)));
				}
			}
			catch (DatasetException ex) {
				problems.addAll(ex.details());
			}
			catch (StreamReadException ex) {
				problems.addAll(DatasetException
					.unreadable(List.of(file.getFilename() + ": " + ex.getOriginalMessage() + location(ex)))
					.details());
			}
		}
		if (documents.isEmpty() && problems.isEmpty()) {
			throw DatasetException.unreadable(List.of(base + ": no *.yaml or *.json files"));
		}
		if (!problems.isEmpty()) {
			throw new DatasetException(problems);
		}
		Map<String, String> texts = new LinkedHashMap<>();
		for (Document document : documents) {
			for (Section<?> section : Sections.all()) {
				readTexts(document.dataset(), section, base, digest, texts);
			}
		}
		return new ReadDataset(documents, texts, HexFormat.of().formatHex(digest.digest()));
	}

	/** The texts of the records of a section that name a text file, such as sources, by key. */
	private <E> void readTexts(Dataset dataset, Section<E> section, String base, MessageDigest digest,
			Map<String, String> texts) {
		for (E entry : dataset.of(section)) {
			String file = (entry != null) ? section.textFile(entry) : null;
			if (file != null) {
				Resource text = this.resolver.getResource(base + file);
				if (text.exists()) {
					byte[] bytes = bytes(text);
					digest.update(bytes);
					texts.put(section.key(entry), new String(bytes, StandardCharsets.UTF_8));
				}
			}
		}
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
