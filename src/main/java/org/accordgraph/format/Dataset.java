package org.accordgraph.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a file of the dataset format holds: the entries of each of its sections, in the order the
 * file gives them. Every section is optional; a dataset is the union of its files. Each section is
 * defined by the feature whose records it holds (see {@link Section}).
 */
public record Dataset(Map<Section<?>, List<?>> entries) {

	public Dataset {
		entries = Map.copyOf(entries);
	}

	/** A dataset of nothing, to add sections to with {@link #with}. */
	public static Dataset empty() {
		return new Dataset(Map.of());
	}

	/** This dataset with the entries of one more section, made in code rather than read from a file. */
	public <E> Dataset with(Section<E> section, List<E> sectionEntries) {
		Map<Section<?>, List<?>> more = new LinkedHashMap<>(this.entries);
		more.put(section, List.copyOf(sectionEntries));
		return new Dataset(more);
	}

	@SuppressWarnings("unchecked")
	public <E> List<E> of(Section<E> section) {
		return (List<E>) this.entries.getOrDefault(section, List.of());
	}

}
