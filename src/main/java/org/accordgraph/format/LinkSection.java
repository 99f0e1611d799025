package org.accordgraph.format;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.accordgraph.format.Entries.Known;
import org.accordgraph.format.Entries.Link;
import org.accordgraph.format.Problem.Rule;

import org.springframework.stereotype.Component;

/**
 * {@code links}: a relationship stated as a fact between records defined elsewhere: {@code from}
 * and {@code to} are keys, {@code type} one that a field of the record's own section states with
 * its own evidence (such as {@code CO_ORGANISED_BY} from a conference, {@code COMMITTED_BY} from a
 * commitment). The export writes them as those fields.
 */
@Component
public final class LinkSection extends AbstractSection<LinkSection.Entry> {

	public record Entry(String from, String type, String to, List<String> cite, String note, String delegation,
			String basis, String reasoning, List<String> restsOn, Boolean unsourced) implements Known {
		public Entry {
			cite = Entries.orEmpty(cite);
			restsOn = Entries.orEmpty(restsOn);
		}

		Link asLink() {
			return new Link(this.to, this.cite, this.note, this.delegation, this.basis, this.reasoning, this.restsOn,
					this.unsourced);
		}
	}

	public LinkSection() {
		super("links", null, Entry.class, 100, Entry::from);
	}

	@Override
	public void define(Entry entry, Mapping mapping) {
	}

	@Override
	public void map(Entry entry, Mapping m) {
		Set<String> starts = new HashSet<>();
		m.linkTargets().keySet().forEach(key -> {
			if (key.endsWith(" " + entry.type())) {
				starts.add(key.substring(0, key.indexOf(' ')));
			}
		});
		if (starts.isEmpty()) {
			m.problem(Rule.NOT_IN_LIST, "type", "'" + entry.type() + "' is not one of " + m.linkTargets()
				.keySet()
				.stream()
				.map(key -> key.substring(key.indexOf(' ') + 1))
				.distinct()
				.sorted()
				.toList());
			return;
		}
		String from = m.target(entry.from(), "from", starts);
		if (from != null) {
			m.addLink(from, entry.from(), entry.type(), entry.asLink(), "to",
					m.linkTargets().get(from + " " + entry.type()));
		}
	}

}
