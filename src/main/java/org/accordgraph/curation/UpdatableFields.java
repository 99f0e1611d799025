package org.accordgraph.curation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.accordgraph.dataset.DatasetExporter.Exported;

/**
 * The fields of a record that {@code updateNode} may set: those of its section's entries, but for
 * its key (which names it everywhere) and its relationships (which are facts of their own).
 */
record UpdatableFields(String type, Set<String> fields, String keyField, List<String> relationships) {

	static UpdatableFields of(Exported record, String type) {
		Set<String> fields = new TreeSet<>(record.fields());
		fields.remove(record.keyField());
		fields.removeAll(record.relationshipFields());
		return new UpdatableFields(type, fields, record.keyField(), record.relationshipFields());
	}

	/** The first field of {@code names} that may not be set, as a user error; null if all may. */
	UserError check(Set<String> names) {
		for (String field : names) {
			List<String> path = List.of("input", "set", field);
			if (this.relationships.contains(field)) {
				return new UserError(path, "'" + field
						+ "' is a relationship to another record: change it with linkNodes and unlinkNodes", "FORMAT");
			}
			if (field.equals(this.keyField)) {
				return new UserError(path,
						"a record's key names it everywhere (its global id, its citations) and does not change", "FORMAT");
			}
			if (!this.fields.contains(field)) {
				return new UserError(path, "'" + field + "' is not a field of a " + this.type + "; its fields are "
						+ String.join(", ", this.fields), "FORMAT");
			}
		}
		return null;
	}

}
