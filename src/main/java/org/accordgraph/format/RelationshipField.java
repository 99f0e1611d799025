package org.accordgraph.format;

import java.util.Set;

/**
 * A field of an entry that is a node's outgoing relationship of one type, with the labels it may
 * lead to.
 * @param type the relationship type, such as {@code HOSTED_BY}
 * @param name the field, such as {@code hostedBy}
 */
public record RelationshipField(String type, String name, Kind kind, Set<String> targets) {

	public enum Kind {

		/** A relationship with its own evidence: {@code {to, cite, basis, ...}}; can be linked and unlinked. */
		LINK,
		/** Several of them. */
		LINKS,
		/** A relationship stated by the node's own facts: the key of its end. */
		REF,
		/** Several of them. */
		REFS;

		/** Whether the relationship is a fact of its own, with its own evidence. */
		public boolean ownEvidence() {
			return this == LINK || this == LINKS;
		}

	}

	public static RelationshipField link(String type, String name, Set<String> targets) {
		return new RelationshipField(type, name, Kind.LINK, targets);
	}

	public static RelationshipField links(String type, String name, Set<String> targets) {
		return new RelationshipField(type, name, Kind.LINKS, targets);
	}

	public static RelationshipField ref(String type, String name, Set<String> targets) {
		return new RelationshipField(type, name, Kind.REF, targets);
	}

	public static RelationshipField refs(String type, String name, Set<String> targets) {
		return new RelationshipField(type, name, Kind.REFS, targets);
	}

}
