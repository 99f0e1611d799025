package org.accordgraph.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence a mutation gives for all the facts it states (its citations, basis, reasoning,
 * and whether it is knowingly unsourced), in the dataset format: the passages the citations
 * become, and what each fact and relationship carries to cite them.
 */
final class Evidence {

	private final List<Map<String, Object>> passages = new ArrayList<>();

	private final List<String> cite = new ArrayList<>();

	private final Object basis;

	private final Object reasoning;

	private final boolean unsourced;

	@SuppressWarnings("unchecked")
	Evidence(Map<String, Object> input) {
		for (Object item : (List<Object>) input.getOrDefault("citations", List.of())) {
			Map<String, Object> citation = (Map<String, Object>) item;
			String source = (String) citation.get("source");
			String name = passageName((String) citation.get("quote"));
			this.passages.add(map("source", source, "name", name, "quote", citation.get("quote"), "verbatim",
					citation.get("verbatim")));
			this.cite.add(source + "#" + name);
		}
		this.basis = input.get("basis");
		this.reasoning = input.get("reasoning");
		this.unsourced = Boolean.TRUE.equals(input.get("unsourced"));
	}

	/**
	 * A curator's passage is named after its words, so that citing the same words again names
	 * the same passage.
	 */
	static String passageName(String quote) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(quote).strip().getBytes(StandardCharsets.UTF_8));
			return "q-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<Map<String, Object>> passages() {
		return this.passages;
	}

	/** Adds the evidence to a fact (a record or a relationship) given as a map. */
	Map<String, Object> on(Map<String, Object> fact) {
		fact.put("cite", this.cite);
		fact.put("basis", this.basis);
		fact.put("reasoning", this.reasoning);
		fact.put("unsourced", this.unsourced ? true : null);
		return fact;
	}

	/** A relationship to the record of that key, on this evidence; null if there is no key. */
	Map<String, Object> link(Object to) {
		return (to != null) ? on(map("to", to)) : null;
	}

	/** Lays out keys and values, alternately, as a map that keeps their order and allows nulls. */
	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
