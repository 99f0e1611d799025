package org.accordgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque id of a {@code Node}: its GraphQL type and its key (slug or ISO code), encoded
 * together. Derived from what the graph names a node by, it survives restarts, export and
 * import.
 */
public record GlobalId(String type, String key) {

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.type + ":" + this.key).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws InvalidArgumentException if the id was not made by {@link #encode()}
	 */
	public static GlobalId decode(String id, String argument) {
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(argument, "'" + id + "' is not an Accord Graph id");
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0 || colon == decoded.length() - 1) {
			throw new InvalidArgumentException(argument, "'" + id + "' is not an Accord Graph id");
		}
		return new GlobalId(decoded.substring(0, colon), decoded.substring(colon + 1));
	}

}
