package org.accordgraph.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accordgraph.proposal.DocumentTexts.DocumentText;
import org.accordgraph.proposal.FactProposals.ProposeFactsInput;
import org.accordgraph.proposal.FactProposals.ProposeFactsPayload;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /curation/documents} (CURATOR): a document uploaded as the request's body (HTML,
 * PDF, DOCX or plain text), read with Tika and proposed from as {@code proposeFacts} proposes from
 * a text, with the same query parameters as its input's fields. The answer is
 * {@code proposeFacts}'s payload as JSON ({@code batch}, {@code userErrors}), with the
 * {@code document}'s type and title; a file that is not read is refused with the error's
 * classification and a message that says why.
 */
@RestController
class DocumentController {

	private final DocumentTexts texts;

	private final FactProposals proposals;

	private final ProposalLimits limits;

	DocumentController(DocumentTexts texts, FactProposals proposals, ProposalLimits limits) {
		this.texts = texts;
		this.proposals = proposals;
		this.limits = limits;
	}

	@PostMapping(path = "/curation/documents", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> propose(InputStream body,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestParam(required = false) String name, @RequestParam(required = false) String language,
			@RequestParam(required = false) String source, @RequestParam(required = false) String title,
			@RequestParam(required = false) String publisher, @RequestParam(required = false) String url,
			@RequestParam(required = false) String publishedOn) throws IOException {
		LocalDate published;
		try {
			published = (publishedOn != null && !publishedOn.isBlank()) ? LocalDate.parse(publishedOn.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return refused(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
					"publishedOn: '" + publishedOn + "' is not a day such as 2025-07-29");
		}
		DocumentText document;
		try {
			document = this.texts.read(body.readAllBytes(), contentType, name, this.limits.maxCharacters());
		}
		catch (DocumentTexts.Unreadable ex) {
			return ex.unsupported() ? refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "BAD_REQUEST", ex.getMessage())
					: refused(HttpStatus.UNPROCESSABLE_CONTENT, "BAD_REQUEST", ex.getMessage());
		}
		ProposeFactsPayload payload = this.proposals.propose(new ProposeFactsInput(document.text(), language,
				(title != null) ? title : document.title(), publisher, url, published, source), List.of(), "body");
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("document", Map.of("type", document.type(), "characters", document.text().length(), "title",
				(document.title() != null) ? document.title() : ""));
		answer.put("batch", (payload.batch() != null) ? batch(payload.batch()) : null);
		answer.put("userErrors", payload.userErrors());
		return payload.userErrors().isEmpty() ? ResponseEntity.ok(answer)
				: ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(answer);
	}

	/** The batch as {@code proposeFacts} answers it, but for the matches' nodes. */
	private static Map<String, Object> batch(ProposalBatch batch) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", batch.id());
		answer.put("text", batch.text());
		answer.put("language", batch.languageTag());
		answer.put("proposals", batch.proposals());
		answer.put("withheld", batch.withheld());
		answer.put("proposedAt", batch.proposedAt().toString());
		answer.put("expiresAt", batch.expiresAt().toString());
		return answer;
	}

	private static ResponseEntity<Map<String, Object>> refused(HttpStatus status, String classification, String message) {
		return ResponseEntity.status(status).body(Map.of("errors",
				List.of(Map.of("message", message, "extensions", Map.of("classification", classification)))));
	}

}
