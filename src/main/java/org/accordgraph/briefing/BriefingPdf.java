package org.accordgraph.briefing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Lays a briefing's HTML out as PDF in the JVM (openhtmltopdf on PDFBox), with DejaVu Sans
 * embedded (a subset of it): its Latin and Cyrillic letters print the same on any reader.
 */
@Component
class BriefingPdf {

	private record Face(String file, int weight, FontStyle style) {
	}

	private static final List<Face> FACES = List.of(new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
			new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC));

	static final String FONT_FAMILY = "DejaVu Sans";

	private final List<byte[]> fonts = FACES.stream().map(face -> read("briefing/fonts/" + face.file())).toList();

	void write(String html, String baseUri, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		for (int i = 0; i < FACES.size(); i++) {
			byte[] font = this.fonts.get(i);
			Face face = FACES.get(i);
			builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, face.weight(), face.style(), true);
		}
		builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri)), baseUri);
		builder.toStream(out);
		builder.run();
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
