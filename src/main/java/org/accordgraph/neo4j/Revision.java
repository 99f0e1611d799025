package org.accordgraph.neo4j;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Which committed state of a node an object was read from: the node's version and a digest of all
 * its properties as read. Neo4j reads at read-committed isolation, property by property, so even
 * one statement can see a node halfway through another transaction's commit (a new version with an
 * old field); a digest of what was read, compared with one read under the node's lock, tells such a
 * read from a whole one. A property read as null (a large text a projection leaves out) is not
 * part of the digest: the locked read returns what the type's reads return.
 */
public record Revision(int version, long digest) {

	public static Revision of(MapAccessor node) {
		Value version = node.get("version");
		long digest = 0;
		for (String key : node.keys()) {
			Value value = node.get(key);
			if (!value.isNull()) {
				digest += mix(31L * key.hashCode() + value.hashCode());
			}
		}
		return new Revision(version.isNull() ? 0 : version.asInt(), digest);
	}

	/** A 64-bit finaliser (SplitMix64's): a sum of mixed entries does not depend on their order. */
	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** An object read from one node, which says from which state. */
	public interface Revised {

		Revision revision();

	}

}
