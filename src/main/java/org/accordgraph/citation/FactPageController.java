package org.accordgraph.citation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.accordgraph.citation.CitedSources.Fact;
import org.accordgraph.graphql.ApiPage;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Every fact's stable page, {@code /facts/{id}} (its global id, as the API gives it): what it
 * says, how it is known, the passages that state it with their sources, when it last changed;
 * with its metadata as JSON-LD in the page, and alone at {@code /facts/{id}.jsonld}.
 */
@RestController
@ApiPage
class FactPageController {

	private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");

	private final CitedSources sources;

	private final ITemplateEngine templates;

	private final JsonMapper json;

	FactPageController(CitedSources sources, ITemplateEngine templates, JsonMapper json) {
		this.sources = sources;
		this.templates = templates;
		this.json = json;
	}

	@GetMapping("/facts/{id}")
	ResponseEntity<String> page(@PathVariable String id) {
		Fact fact = this.sources.fact(id);
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("fact", fact);
		context.setVariable("jsonLd", jsonLd(fact).replace("</", "<\\/"));
		context.setVariable("citations", List.of("json", "bib", "ris"));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.templates.process("fact", context));
	}

	@GetMapping("/facts/{id}.jsonld")
	ResponseEntity<String> metadata(@PathVariable String id) {
		return ResponseEntity.ok().contentType(JSON_LD).body(jsonLd(this.sources.fact(id)));
	}

	private String jsonLd(Fact fact) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(FactJsonLd.of(fact, base));
	}

}
