package org.accordgraph.format;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Checks a dataset on its own, as an import into an empty database would, writing nothing: every
 * reference must resolve within it. Needs no database: a build checks the bundled data with it,
 * and an exported graph before it is imported elsewhere.
 */
@Component
public final class DatasetCheck {

	private final DatasetReader reader;

	private final DatasetMapper mapper;

	DatasetCheck(DatasetReader reader, DatasetMapper mapper) {
		this.reader = reader;
		this.mapper = mapper;
	}

	/** The check the sections make, without Spring: for a tool or a test that has no application context. */
	public static DatasetCheck of(Sections sections) {
		return new DatasetCheck(new DatasetReader(sections), new DatasetMapper(sections));
	}

	/**
	 * The dataset at the location: a folder of YAML or JSON files and the texts of their sources.
	 * @throws DatasetException with every problem found
	 */
	public void check(String location) {
		DatasetReader.ReadDataset read = this.reader.read(location);
		this.mapper.map(read.documents(), read.sourceTexts());
	}

	/**
	 * Records given in the dataset format as maps and lists, with the texts of the sources they
	 * define, by slug.
	 * @throws DatasetException with every problem found
	 */
	public void check(String name, Map<String, Object> records, Map<String, String> sourceTexts) {
		this.mapper.map(java.util.List.of(new Document(name, this.reader.fromMaps(name, records))), sourceTexts);
	}

}
