package org.accordgraph.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipOutputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Exports over HTTP, streamed as they are read: {@code /export/csv} and {@code /export/graphml}
 * for researchers (whoever may read), {@code /export/dataset} in the dataset format for an
 * administrator (a zip that {@code POST /import} takes back).
 */
@RestController
class ExportController {

	private final ResearchExports research;

	private final DatasetExporter exporter;

	ExportController(ResearchExports research, DatasetExporter exporter) {
		this.research = research;
		this.exporter = exporter;
	}

	@GetMapping("/export/csv")
	ResponseEntity<StreamingResponseBody> csv() {
		return download("accord-graph-csv.zip", "application/zip", this.research::csv);
	}

	@GetMapping("/export/graphml")
	ResponseEntity<StreamingResponseBody> graphml() {
		return download("accord-graph.graphml", "application/graphml+xml", this.research::graphml);
	}

	@GetMapping("/export/dataset")
	ResponseEntity<StreamingResponseBody> dataset(@RequestParam(defaultValue = "yaml") String format) {
		DatasetFiles.Format chosen;
		try {
			chosen = DatasetFiles.Format.valueOf(format.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("format: '" + format + "' is not one of yaml, json");
		}
		return download("accord-graph-dataset-" + chosen.extension() + ".zip", "application/zip", out -> {
			ZipOutputStream zip = new ZipOutputStream(out);
			this.exporter.export(new DatasetFiles(zip, chosen));
			zip.finish();
		});
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("errors",
				List.of(Map.of("message", ex.getMessage(), "extensions", Map.of("classification", "BAD_REQUEST")))));
	}

	private static ResponseEntity<StreamingResponseBody> download(String fileName, String type,
			StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
