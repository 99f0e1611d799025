package org.accordgraph.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.accordgraph.graphql.ApiPage;
import org.accordgraph.graphql.InvalidArgumentException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A briefing as a page ({@code GET /briefings/{kind}/{key}}, printable) and as PDF
 * ({@code GET /briefings/{kind}/{key}.pdf}): {@code asOf} the day it speaks for (today when
 * absent), {@code basis=STATED} for stated facts alone, {@code lang} {@code en} or {@code ru} for
 * the page's own words. Readable by whoever may read the graph.
 */
@RestController
@ApiPage
class BriefingController {

	private final Briefings briefings;

	private final BriefingPdf pdf;

	private final ITemplateEngine templates;

	private final String css;

	BriefingController(Briefings briefings, BriefingPdf pdf, ITemplateEngine templates) throws IOException {
		this.briefings = briefings;
		this.pdf = pdf;
		this.templates = templates;
		this.css = new ClassPathResource("static/explorer/briefing.css").getContentAsString(StandardCharsets.UTF_8)
				+ "\nhtml, body { font-family: '" + BriefingPdf.FONT_FAMILY + "'; }"
				+ "\n@page { font-family: '" + BriefingPdf.FONT_FAMILY + "'; @bottom-right { font-family: '"
				+ BriefingPdf.FONT_FAMILY + "'; } }\n";
	}

	@GetMapping("/briefings/{kind}/{key}")
	ResponseEntity<String> page(@PathVariable String kind, @PathVariable String key,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String basis,
			@RequestParam(defaultValue = "en") String lang) {
		Briefing briefing = briefing(kind, key, asOf, basis, lang);
		String pdfPath = ServletUriComponentsBuilder.fromCurrentRequest()
			.replacePath(BriefingAddresses.path(briefing.kind(), key, ".pdf"))
			.build()
			.toUriString();
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(render(briefing, false, pdfPath));
	}

	@GetMapping("/briefings/{kind}/{key}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String kind, @PathVariable String key,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String basis,
			@RequestParam(defaultValue = "en") String lang) throws IOException {
		Briefing briefing = briefing(kind, key, asOf, basis, lang);
		String html = render(briefing, true, null);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/";
		String file = "briefing-" + briefing.kind().path() + "-" + key.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.pdf.write(html, base, out);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
			.body(out.toByteArray());
	}

	private Briefing briefing(String kind, String key, LocalDate asOf, String basis, String lang) {
		if (basis != null && !"STATED".equals(basis.toUpperCase(Locale.ROOT))) {
			throw new InvalidArgumentException("basis",
					"'" + basis + "' is not STATED (leave it out for every fact, each marked with its basis)");
		}
		return this.briefings.briefing(BriefingKind.fromPath(kind), key, asOf, basis != null, lang);
	}

	private String render(Briefing briefing, boolean pdf, String pdfPath) {
		Words words = Words.of(briefing.language());
		Context context = new Context(Locale.forLanguageTag(briefing.language()));
		context.setVariable("b", briefing);
		context.setVariable("w", words.all());
		context.setVariable("pdf", pdf);
		context.setVariable("css", this.css);
		context.setVariable("pdfPath", pdfPath);
		context.setVariable("asOfWords", (briefing.asOf() != null) ? words.say("asOf", words.day(briefing.asOf()))
				: words.say("asOf.today", words.day(LocalDate.now())));
		context.setVariable("generatedWords", words.say("generated", words.day(LocalDate.now())));
		return this.templates.process("briefing", context);
	}

}
