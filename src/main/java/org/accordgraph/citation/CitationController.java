package org.accordgraph.citation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.accordgraph.graphql.ApiPage;
import org.accordgraph.graphql.InvalidArgumentException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Citation files for reference managers: {@code /citations/sources.json}, {@code .bib} and
 * {@code .ris} (every source, or those named by {@code slug}, repeated), and
 * {@code /citations/facts/{id}.json|.bib|.ris} (the sources a fact cites, with the passages it
 * quotes). Readable by whoever may read the graph.
 */
@RestController
@ApiPage
class CitationController {

	/** A file format: its extension, media type and writer. */
	private enum Format {

		JSON("json", "application/vnd.citationstyles.csl+json"), BIB("bib", "application/x-bibtex"),
		RIS("ris", "application/x-research-info-systems");

		private final String extension;

		private final MediaType type;

		Format(String extension, String type) {
			this.extension = extension;
			this.type = MediaType.parseMediaType(type + ";charset=UTF-8");
		}

		static Format of(String extension) {
			for (Format format : values()) {
				if (format.extension.equals(extension)) {
					return format;
				}
			}
			throw new InvalidArgumentException("format", "'" + extension + "' is not one of json (CSL-JSON), bib (BibTeX), ris (RIS)");
		}

	}

	private final CitedSources sources;

	private final JsonMapper json;

	CitationController(CitedSources sources, JsonMapper json) {
		this.sources = sources;
		this.json = json;
	}

	@GetMapping("/citations/sources.{format}")
	ResponseEntity<String> sources(@PathVariable String format, @RequestParam(required = false) List<String> slug) {
		Format chosen = Format.of(format);
		return file(chosen, "accord-graph-sources",
				(slug == null || slug.isEmpty()) ? this.sources.all() : this.sources.selection(slug));
	}

	@GetMapping("/citations/facts/{id}.{format}")
	ResponseEntity<String> fact(@PathVariable String id, @PathVariable String format) {
		Format chosen = Format.of(format);
		return file(chosen, "accord-graph-fact-" + id.replaceAll("[^A-Za-z0-9]", ""),
				this.sources.ofFact(this.sources.fact(id)));
	}

	private ResponseEntity<String> file(Format format, String name, List<CitedSource> cited) {
		Function<List<CitedSource>, String> writer = switch (format) {
			case JSON -> list -> this.json.writerWithDefaultPrettyPrinter().writeValueAsString(CitationFormats.csl(list));
			case BIB -> CitationFormats::bibtex;
			case RIS -> CitationFormats::ris;
		};
		return ResponseEntity.ok()
			.contentType(format.type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format.extension, StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(writer.apply(cited));
	}

}
