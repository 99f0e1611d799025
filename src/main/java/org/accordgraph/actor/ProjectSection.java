package org.accordgraph.actor;

import java.util.List;
import java.util.Set;

import org.accordgraph.format.AbstractSection;
import org.accordgraph.format.Entries;
import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Mapping;
import org.accordgraph.format.RelationshipField;

import org.springframework.stereotype.Component;

/** {@code projects}: projects, with who implements and who funds them. */
@Component
public final class ProjectSection extends AbstractSection<ProjectSection.Entry> {

	public record Entry(String slug, String name, List<Link> implementedBy, List<Link> fundedBy, List<String> cite,
			String basis, String reasoning, List<String> restsOn) implements Known {
		public Entry {
			restsOn = Entries.orEmpty(restsOn);
			implementedBy = Entries.orEmpty(implementedBy);
			fundedBy = Entries.orEmpty(fundedBy);
			cite = Entries.orEmpty(cite);
		}
	}

	public ProjectSection() {
		super("projects", "Project", Entry.class, 22, Entry::slug,
				RelationshipField.links("IMPLEMENTED_BY", "implementedBy", Set.of("Organisation")),
				RelationshipField.links("FUNDED_BY", "fundedBy", Set.of("Organisation")));
		readAs(Project.class, Project::slug, Project::from);
	}

	@Override
	public void map(Entry x, Mapping m) {
		m.cited("Project", Mapping.props("slug", x.slug(), "name", m.require(x.name(), "name")), x, null);
		m.links("Project", x.slug(), "IMPLEMENTED_BY", x.implementedBy(), "implementedBy");
		m.links("Project", x.slug(), "FUNDED_BY", x.fundedBy(), "fundedBy");
	}

}
