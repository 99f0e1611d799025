package org.accordgraph.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads a dataset: every {@code *.yaml} (or {@code *.json}: JSON is YAML too) file of a location,
 * in file-name order, and the texts of
 * the sources they name (paths relative to that location).
 */
@Component
public final class DatasetReader {

	private final Sections sections;

	DatasetReader(Sections sections) {
		this.sections = sections;
	}

	/** What was read: the files, the source texts by source slug, and a checksum of it all. */
	record ReadDataset(List<Document> documents, Map<String, String> sourceTexts, String checksum) {
	}

	/**
	 * A dataset file may be large (a generated one of a million nodes is hundreds of megabytes): its
	 * size is bounded by the import's limit ({@code accord.http.max-import-size}) instead.
	 */
	private static final int MAX_FILE_CODE_POINTS = Integer.MAX_VALUE;

	/** How deeply a record nests: the format's deepest field is a handful of levels down. */
	private static final int MAX_NESTING = 32;

	private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
		.loadSettings(LoadSettings.builder().setCodePointLimit(MAX_FILE_CODE_POINTS).build())
		.streamReadConstraints(StreamReadConstraints.builder()
			.maxNestingDepth(MAX_NESTING)
			.maxStringLength(10 * FieldLimits.MAX_TEXT_LENGTH)
			.build())
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
	Dataset fromMaps(String name, Map<String, Object> records) {
		try (JsonParser parser = YAML.treeAsTokens(YAML.valueToTree(records))) {
			return read(name, parser);
		}
	}

	/**
	 * Reads one file's sections, entry by entry, each converted to its section's type: an entry
	 * not of the format is reported with section, index and field, and the others still read.
	 * @throws StreamReadException if the file is not YAML or JSON at all
	 */
	private Dataset read(String name, JsonParser parser) {
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
			Section<?> section = this.sections.named(sectionName).orElse(null);
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

	/**
	 * YAML as the dataset format takes it: maps, lists and plain values, without anchors and
	 * aliases (which would copy one part of a file into others, a billion times over in a "billion
	 * laughs") or tags (which would ask for a type of their own).
	 */
	private static final class PlainYaml extends JsonParserDelegate {

		PlainYaml(JsonParser yaml) {
			super(yaml);
		}

		@Override
		public JsonToken nextToken() {
			JsonToken token = super.nextToken();
			YAMLParser yaml = (YAMLParser) delegate();
			if (yaml.isCurrentAlias() || yaml.getObjectId() != null) {
				throw new StreamReadException(this, "anchors (&) and aliases (*) are not part of the dataset format:"
						+ " write each record out in full");
			}
			if (yaml.getTypeId() != null) {
				throw new StreamReadException(this, "tags (" + yaml.getTypeId()
						+ ") are not part of the dataset format: write plain values");
			}
			return token;
		}

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
						+ " format in docs/data.md shows)";
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
				try (JsonParser parser = new PlainYaml(YAML.createParser(bytes))) {
					documents.add(new Document(file.getFilename(), read(file.getFilename(), parser)));
				}
			}
			catch (DatasetException ex) {
				problems.addAll(ex.details());
			}
			catch (JacksonException ex) {
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
			for (Section<?> section : this.sections.all()) {
				readTexts(document, section, base, digest, texts, problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new DatasetException(problems);
		}
		return new ReadDataset(documents, texts, HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * The texts of the records of a section that name a text file, such as sources, by key. A file
	 * is read only from inside the dataset's own folder: a name that is absolute, climbs out with
	 * {@code ..}, names another scheme, or leads through a link to somewhere else, is a problem of
	 * its record, and nothing is read.
	 */
	private <E> void readTexts(Document document, Section<E> section, String base, MessageDigest digest,
			Map<String, String> texts, List<Problem> problems) {
		List<E> entries = document.dataset().of(section);
		for (int index = 0; index < entries.size(); index++) {
			E entry = entries.get(index);
			String file = (entry != null) ? section.textFile(entry) : null;
			if (file == null) {
				continue;
			}
			Resource text = insideFolder(base, file);
			if (text == null) {
				problems.add(new Problem(document.name() + " " + section.name() + "[" + index + "]", section.name(),
						index, "text", Problem.Rule.FORMAT, "'" + file + "' must name a file inside the dataset's folder"
								+ " (a relative path such as sources/release.txt, without '..', not absolute, not a link"
								+ " out of the folder)"));
			}
			else if (text.exists()) {
				byte[] bytes = bytes(text);
				digest.update(bytes);
				texts.put(section.key(entry), new String(bytes, StandardCharsets.UTF_8));
			}
		}
	}

	/** A relative path of plain names, none of which starts with a dot (so none is {@code ..}). */
	private static final Pattern RELATIVE_FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._ -]*(/[A-Za-z0-9_][A-Za-z0-9._ -]*)*");

	/** The file, if the name is a relative path that stays inside the folder at the base; null otherwise. */
	private Resource insideFolder(String base, String file) {
		if (!RELATIVE_FILE.matcher(file).matches()) {
			return null;
		}
		Resource text = this.resolver.getResource(base + file);
		if (!base.startsWith("file:") || !text.exists()) {
			return text;
		}
		try {
			Path folder = Path.of(this.resolver.getResource(base).getURI()).toRealPath();
			return Path.of(text.getURI()).toRealPath().startsWith(folder) ? text : null;
		}
		catch (IOException ex) {
			return null;
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
