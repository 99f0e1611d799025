package org.accordgraph.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.sendBytes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator uploads a document as a file (HTML, DOCX, PDF) and gets the proposals its text gives,
 * as from a pasted text; a file that is not read is refused, saying why.
 */
@AccordGraphTest
class DocumentUploadTests {

	static final String HTML = """
			<!DOCTYPE html>
			<html><head><title>Regional conference opens in Dushanbe</title>
			<script>var tracking = "On 1 January 2020 a conference opened in Almaty.";</script></head>
			<body><nav><a href="/">Home</a></nav>
			<p>On 29 July 2025 the annual regional conference "Partnerships against Trafficking in Persons in
			Central Asia" opened in Dushanbe.</p>
			<p>The conference brought together delegations from Kazakhstan, Kyrgyzstan, Turkmenistan and Uzbekistan.</p>
			</body></html>""";

	static final String OPENING = "On 29 July 2025 the annual regional conference \"Partnerships against Trafficking in"
			+ " Persons in Central Asia\" opened in Dushanbe.";

	static final String DELEGATIONS = "The conference brought together delegations from Kazakhstan, Kyrgyzstan,"
			+ " Turkmenistan and Uzbekistan.";

	@LocalServerPort
	int port;

	HttpResponse<String> upload(String query, String type, byte[] file, String user) {
		return sendBytes(this.port, "POST", "/curation/documents" + query, file, "Content-Type", type, "Authorization",
				basic(user));
	}

	@Test
	void anHtmlPagesTextIsReadWithoutItsScriptsAndItsFactsProposed() {
		HttpResponse<String> answer = upload("?publishedOn=2025-07-29", "text/html; charset=UTF-8",
				HTML.getBytes(StandardCharsets.UTF_8), "carla");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		String text = JsonPath.read(answer.body(), "$.batch.text");
		assertThat(text).doesNotContain("Almaty").doesNotContain("<p>").contains(DELEGATIONS);
		assertThat(JsonPath.<String>read(answer.body(), "$.document.title")).isEqualTo("Regional conference opens in Dushanbe");
		assertThat(JsonPath.<List<String>>read(answer.body(), "$.batch.proposals[*].kind")).contains("EVENT", "PARTICIPANT");
		assertQuotesStandAtTheirOffsets(answer.body(), text);
	}

	@Test
	void aWordDocumentsParagraphsAreRead() throws IOException {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText(OPENING);
			document.createParagraph().createRun().setText(DELEGATIONS);
			document.write(docx);
		}
		HttpResponse<String> answer = upload("?name=dushanbe.docx&publishedOn=2025-07-29",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.toByteArray(), "carla");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(answer.body(), "$.batch.text")).isEqualTo(OPENING + "\n" + DELEGATIONS);
		assertThat(JsonPath.<List<String>>read(answer.body(), "$.batch.proposals[?(@.kind == 'EVENT')].quote"))
			.containsExactly(OPENING);
	}

	@Test
	void aPdfsLinesAreJoinedWithinTheirParagraphSoThatASentenceBrokenAcrossLinesIsOneSentence() throws IOException {
		HttpResponse<String> answer = upload("", "application/pdf",
				pdf(List.of("On 29 July 2025 the annual regional conference \"Partnerships against", "Trafficking in Persons in Central Asia\" opened in Dushanbe."), null),
				"carla");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(answer.body(), "$.batch.proposals[?(@.kind == 'EVENT')].quote"))
			.containsExactly(OPENING);
	}

	@Test
	void aFileThatIsNotReadIsRefusedSayingWhy() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
		assertHttpError(upload("", "application/octet-stream", png, "carla"), 415, "BAD_REQUEST", "image/png");
		assertHttpError(upload("", "text/plain", new byte[0], "carla"), 422, "BAD_REQUEST", "empty");
		assertHttpError(upload("", "application/pdf", pdf(List.of(OPENING), "secret"), "carla"), 422, "BAD_REQUEST",
				"encrypted");
		assertHttpError(upload("", "application/pdf", "%PDF-1.7 and then nothing".getBytes(StandardCharsets.US_ASCII),
				"carla"), 422, "BAD_REQUEST", "could not be read");
		assertHttpError(upload("", "text/plain", "word ".repeat(20_001).getBytes(StandardCharsets.UTF_8), "carla"), 422,
				"BAD_REQUEST", "accord.proposals.max-characters");
		assertHttpError(upload("?publishedOn=29.07.2025", "text/plain", OPENING.getBytes(StandardCharsets.UTF_8),
				"carla"), 400, "BAD_REQUEST", "publishedOn");

		HttpResponse<String> french = upload("?language=fr", "text/plain", OPENING.getBytes(StandardCharsets.UTF_8), "carla");
		assertThat(french.statusCode()).isEqualTo(422);
		assertThat(JsonPath.<List<Map<String, Object>>>read(french.body(), "$.userErrors")).singleElement()
			.satisfies(error -> assertThat(error).containsEntry("field", List.of("language")).containsEntry("code", "NOT_IN_LIST"));
	}

	@Test
	void onlyACuratorUploads() {
		byte[] text = OPENING.getBytes(StandardCharsets.UTF_8);
		assertHttpError(upload("", "text/plain", text, "rita"), 403, "FORBIDDEN", "does not hold the role");
		assertHttpError(sendBytes(this.port, "POST", "/curation/documents", text, "Content-Type", "text/plain"), 401,
				"UNAUTHORIZED", "Sign in");
	}

	@Test
	void aFrontEndOnAnAllowedOriginUploads() {
		HttpResponse<String> preflight = sendBytes(this.port, "OPTIONS", "/curation/documents", new byte[0], "Origin",
				AccordGraphTest.FRONT_END, "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
				"content-type, authorization");
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(AccordGraphTest.FRONT_END);
		HttpResponse<String> answer = sendBytes(this.port, "POST", "/curation/documents", OPENING.getBytes(StandardCharsets.UTF_8),
				"Origin", AccordGraphTest.FRONT_END, "Content-Type", "text/plain", "Authorization", basic("carla"));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(AccordGraphTest.FRONT_END);
	}

	private static void assertQuotesStandAtTheirOffsets(String answer, String text) {
		List<Map<String, Object>> proposals = JsonPath.read(answer, "$.batch.proposals");
		assertThat(proposals).isNotEmpty().allSatisfy(proposal -> assertThat(
				text.substring((Integer) proposal.get("start"), (Integer) proposal.get("end"))).isEqualTo(proposal.get("quote")));
	}

	/** A one-page PDF of those lines, in Helvetica; encrypted with the password if one is given. */
	private static byte[] pdf(List<String> lines, String password) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				content.setLeading(14);
				content.newLineAtOffset(72, 700);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			if (password != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

}
