package org.accordgraph.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.accordgraph.evidence.PassageSection;
import org.accordgraph.format.Entries.Link;

/**
 * The evidence a mutation gives for all the facts it states (its citations, basis, reasoning,
 * and whether it is knowingly unsourced), as the dataset format's records: the passages the
 * citations become, and the keys each fact and relationship cites them by.
 */
final class Evidence {

	private final List<PassageSection.Entry> passages;

	private final List<String> cite;

	private final String basis;

	private final String reasoning;

	private final Boolean unsourced;

	Evidence(Evidenced input) {
		List<CitationInput> citations = (input.citations() != null) ? input.citations() : List.of();
		this.passages = citations.stream()
			.map(c -> new PassageSection.Entry(c.source(), passageName(c.quote()), c.quote(), c.verbatim(), null))
			.toList();
		this.cite = this.passages.stream().map(p -> p.source() + "#" + p.name()).toList();
		this.basis = input.basis();
		this.reasoning = input.reasoning();
		this.unsourced = Boolean.TRUE.equals(input.unsourced()) ? true : null;
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

	List<PassageSection.Entry> passages() {
		return this.passages;
	}

	List<String> cite() {
		return this.cite;
	}

	String basis() {
		return this.basis;
	}

	String reasoning() {
		return this.reasoning;
	}

	Boolean unsourced() {
		return this.unsourced;
	}

	/** A relationship to the record of that key, on this evidence; null if there is no key. */
	Link link(String to) {
		return link(to, null, null);
	}

	Link link(String to, String note, String delegation) {
		return (to != null) ? new Link(to, this.cite, note, delegation, this.basis, this.reasoning, List.of(),
				this.unsourced) : null;
	}

}
