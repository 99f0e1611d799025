package org.accordgraph.format;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accordgraph.AccordGraphApplication;

import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The sections of the dataset format, in their order: each feature defines its own (a
 * {@link Section} in its package), and they are found on the class path, so that the dataset knows
 * none of them by name.
 */
public final class Sections {

	private static final List<Section<?>> ALL = find();

	/** What each relationship stated as a fact of its own may lead to, by {@code "<label> <type>"}. */
	private static final Map<String, Set<String>> LINKS = linksOf(ALL);

	private Sections() {
	}

	public static List<Section<?>> all() {
		return ALL;
	}

	public static Optional<Section<?>> named(String name) {
		return ALL.stream().filter(section -> section.name().equals(name)).findFirst();
	}

	public static Optional<Section<?>> ofLabel(String label) {
		return ALL.stream().filter(section -> label.equals(section.label())).findFirst();
	}

	static Map<String, Set<String>> links() {
		return LINKS;
	}

	private static Map<String, Set<String>> linksOf(List<Section<?>> sections) {
		Map<String, Set<String>> links = new LinkedHashMap<>();
		for (Section<?> section : sections) {
			for (RelationshipField field : section.fields()) {
				if (field.kind().ownEvidence()) {
					links.put(section.label() + " " + field.type(), field.targets());
				}
			}
		}
		return Map.copyOf(links);
	}

	private static List<Section<?>> find() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Section.class));
		return scanner.findCandidateComponents(AccordGraphApplication.class.getPackageName())
			.stream()
			.<Section<?>>map(candidate -> (Section<?>) BeanUtils.instantiateClass(
					ClassUtils.resolveClassName(candidate.getBeanClassName(), Sections.class.getClassLoader())))
			.sorted(Comparator.comparingInt(Section::order))
			.toList();
	}

}
