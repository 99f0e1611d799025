package org.accordgraph.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.accordgraph.fact.Basis;
import org.accordgraph.proposal.Proposal.Match;

/**
 * Builds a proposal from the words that state it. Its id depends only on the document's words
 * and what is proposed of them, so that the same document proposed again offers the same ids,
 * and a proposal rejected once is known again.
 */
final class Proposed {

	private final ProposalKind kind;

	private final Span span;

	private final Map<String, Object> fields;

	private final List<Match> matches = new ArrayList<>();

	private Basis basis = Basis.STATED;

	private String reasoning;

	private double confidence = 0.8;

	private String duplicateOf;

	private Proposed(ProposalKind kind, Span span, Map<String, Object> fields) {
		this.kind = kind;
		this.span = span;
		this.fields = fields;
	}

	static Proposed of(ProposalKind kind, Span span, Map<String, Object> fields) {
		return new Proposed(kind, span, fields);
	}

	Proposed match(String field, Gazetteer.Found found, Gazetteer.Entry entry) {
		this.matches.add(new Match(field, found.span().words(), entry.label(), entry.key(), entry.name(), found.score(), false));
		return this;
	}

	/** A node of the graph met by its key, not its name: a name in another script, written in Latin letters. */
	Proposed matchByKey(String field, String words, String label, String key, String name, double score) {
		this.matches.add(new Match(field, words, label, key, name, score, false));
		return this;
	}

	Proposed proposeNew(String field, String words, String label, String key) {
		this.matches.add(new Match(field, words, label, key, words, 0.0, true));
		return this;
	}

	Proposed inferred(String reasoning) {
		this.basis = Basis.INFERRED;
		this.reasoning = reasoning;
		return this;
	}

	Proposed confidence(double confidence) {
		this.confidence = confidence;
		return this;
	}

	Proposed duplicateOf(String key) {
		this.duplicateOf = key;
		return this;
	}

	Proposal build() {
		return new Proposal(id(), this.kind, this.span.words(), this.span.start(), this.span.end(), this.fields,
				List.copyOf(this.matches), this.basis, this.reasoning, this.confidence, this.duplicateOf);
	}

	private String id() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String identity = this.kind + "|" + this.span.start() + "|" + this.span.end() + "|" + this.span.words() + "|"
					+ this.fields;
			return HexFormat.of().formatHex(digest.digest(identity.getBytes(StandardCharsets.UTF_8)), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
