package org.accordgraph.format;

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

	@SuppressWarnings("unchecked")
	public <E> List<E> of(Section<E> section) {
		return (List<E>) this.entries.getOrDefault(section, List.of());
	}

}
