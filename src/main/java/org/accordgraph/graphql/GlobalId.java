package org.accordgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The opaque id of a {@code Node}: its GraphQL type and its key (slug or ISO code), encoded
 * together. Derived from what the graph names a node by, it survives restarts, export and
 * import. Only {@link NodeType} (for an object read from the graph) and {@link NodeTypes} (for an id
 * a client sent, once its type is found to be one of the Node types) make one, so that
 * {@link #type()} is always the name of a Node type and its graph label, never a text a client
 * chose.
 */
public final class GlobalId {

	/** The longest key the dataset format takes. */
	public static final int MAX_KEY_LENGTH = 100;

	/** What a key may be made of: a slug's letters, digits and hyphens, or an ISO code's capitals. */
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

	private final String type;

	private final String key;

	GlobalId(String type, String key) {
		this.type = type;
		this.key = key;
	}

	/** The Node type, which is also the node's label in the graph. */
	public String type() {
		return this.type;
	}

	public String key() {
		return this.key;
	}

	/** As the Node type and the key name it elsewhere: {@code "Conference:astana-2023"}. */
	public String typeAndKey() {
		return this.type + ":" + this.key;
	}

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(typeAndKey().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The type's name and the key an id holds, not yet checked against the Node types.
	 * @throws InvalidArgumentException naming the argument if the id is not of the form
	 * {@link #encode()} makes
	 */
	static String[] parts(String id, String argument) {
		if (id == null || id.length() > 4 * MAX_KEY_LENGTH) {
			throw notAnId(id, argument);
		}
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw notAnId(id, argument);
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0 || !KEY.matcher(decoded.substring(colon + 1)).matches()
				|| decoded.length() - colon - 1 > MAX_KEY_LENGTH) {
			throw notAnId(id, argument);
		}
		return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
	}

	static InvalidArgumentException notAnId(String id, String argument) {
		String shown = (id == null) ? "null" : (id.length() > 60) ? id.substring(0, 60) + "..." : id;
		return new InvalidArgumentException(argument, "'" + shown + "' is not an Accord Graph id");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GlobalId id && this.type.equals(id.type) && this.key.equals(id.key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.type, this.key);
	}

	@Override
	public String toString() {
		return typeAndKey();
	}

}
