package org.accordgraph.briefing;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.accordgraph.AccordGraphTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.getBytes;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Briefings read anonymously, as a policy officer downloads them: the PDF holds each passage its
 * lines cite, in embedded fonts, Cyrillic included; every line is footnoted; a briefing of stated
 * facts holds none of the facts the API says were inferred or assumed; the API gives each
 * briefing's address; bad requests are refused naming the parameter.
 */
@AccordGraphTest
class BriefingTests {

	static final String HOSTED_BY_KAZAKHSTAN = """
			query($asOf: Date) {
			  commitments(filter: {host: "KZ"}) {
			    edges { node { citations { quote } status(asOf: $asOf) { citations { quote } } } }
			  }
			}""";

	static final String SERIES_FACTS = """
			query($asOf: Date) {
			  commitments(filter: {series: "central-asia-tip-conference"}, first: 50) {
			    edges { node {
			      basis reasoning
			      dueDate { basis reasoning }
			      status(asOf: $asOf) { basis reasoning }
			      parties { basis reasoning }
			      host { basis reasoning }
			      madeIn { basis reasoning }
			      fulfilledBy { basis reasoning }
			    } }
			  }
			}""";

	static final String ADDRESSES = """
			query($code: String!, $asOf: Date, $statedOnly: Boolean, $lang: String) {
			  country(code: $code) { briefing(asOf: $asOf, statedOnly: $statedOnly, lang: $lang) { html pdf } }
			  declaration(slug: "bukhara-declaration") { briefing { html pdf } }
			  conferenceSeries(slug: "central-asia-tip-conference") { briefing(lang: "ru") { html } }
			  commitment(slug: "host-central-asia-tip-conference-2025") { briefing(statedOnly: true) { pdf } }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void kazakhstansPdfQuotesEveryPassageItsCommitmentsCiteInEmbeddedFonts() throws IOException {
		HttpResponse<byte[]> pdf = getBytes(this.port, "/briefings/country/KZ.pdf?asOf=2024-12-31");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			savePages(document, "country-KZ");
			String text = flat(new PDFTextStripper().getText(document));
			List<String> quotes = this.graphQl.document(HOSTED_BY_KAZAKHSTAN).variable("asOf", "2024-12-31").execute()
				.path("commitments.edges[*].node..quote").entityList(String.class).get();
			assertThat(quotes).isNotEmpty();
			quotes.forEach(quote -> assertThat(text).contains(flat(quote)));
			Document page = html("/briefings/country/KZ?asOf=2024-12-31");
			assertThat(page.select(".footnotes li .quote, .footnotes li .summary-mark + span")).hasSizeGreaterThan(quotes.size())
				.allSatisfy(quote -> assertThat(text).contains(flat(quote.text())));
			assertThat(text).contains("Briefing: Kazakhstan", "As of 31 December 2024");
			assertEveryFontEmbedded(document);
		}
	}

	@Test
	void aRussianBriefingPrintsCyrillicInItsOwnWordsAndTheSourcesInTheirs() throws IOException {
		HttpResponse<byte[]> pdf = getBytes(this.port, "/briefings/country/KZ.pdf?lang=ru&asOf=2024-12-31");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = flat(new PDFTextStripper().getText(document));
			assertThat(text).contains("Справка: Казахстан", "По состоянию на 31 декабря 2024", "Источники")
				.contains("conference delegates agreed to support the organization of annual conferences");
			assertEveryFontEmbedded(document);
			savePages(document, "country-KZ-ru");
		}
	}

	@Test
	void aStatedOnlyBriefingLeavesOutEveryFactTheApiSaysWasInferredOrAssumed() {
		List<String> reasons = this.graphQl.document(SERIES_FACTS).variable("asOf", "2024-12-31").execute()
			.path("commitments.edges[*].node..reasoning").entityList(String.class).get()
			.stream().filter(reason -> reason != null).distinct().toList();
		assertThat(reasons).as("the series' commitments rest on inferences").isNotEmpty();
		for (String path : List.of("/briefings/series/central-asia-tip-conference",
				"/briefings/country/KZ", "/briefings/commitment/host-central-asia-tip-conference-2023")) {
			String all = flat(html(path + "?asOf=2024-12-31").text());
			assertThat(reasons).as(path).anySatisfy(reason -> assertThat(all).contains(flat(reason)));
			Document stated = html(path + "?asOf=2024-12-31&basis=STATED");
			assertThat(stated.text()).as(path).contains("Stated facts only");
			assertThat(stated.select(".basis")).as(path).isEmpty();
			String statedText = flat(stated.text());
			assertThat(reasons).as(path).noneSatisfy(reason -> assertThat(statedText).contains(flat(reason)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "country/KZ", "country/UZ", "series/central-asia-tip-conference",
			"instrument/bukhara-declaration", "instrument/kazakhstan-law-on-countering-human-trafficking",
			"instrument/kazakhstan-action-plan-2024-2026", "commitment/host-central-asia-tip-conference-2025" })
	void everyLineOfABriefingIsFootnotedToAPassageItLists(String briefing) {
		for (String options : List.of("", "?basis=STATED&lang=ru")) {
			Document page = html("/briefings/" + briefing + options);
			List<Element> lines = new ArrayList<>(page.select("p.fact"));
			lines.addAll(page.select("ul.details > li"));
			assertThat(lines).as(briefing).isNotEmpty();
			for (Element line : lines) {
				if (line.text().matches("(Status on|Статус на) .*: (not assessed|no stated assessment|не оценивался|нет оценки из источников)")) {
					continue;
				}
				assertThat(line.select("sup a")).as(line.text()).isNotEmpty().allSatisfy(note -> {
					String target = note.attr("href").substring(1);
					assertThat(page.getElementById(target)).as(target).isNotNull();
				});
			}
			List<String> numbers = page.select(".footnotes li").eachAttr("value");
			for (int i = 0; i < numbers.size(); i++) {
				assertThat(numbers.get(i)).isEqualTo(String.valueOf(i + 1));
			}
		}
	}

	@Test
	void aBriefingOfMoreCommitmentsThanItListsShowsThoseDueNearestItsDayAndSaysHowManyThereAre() {
		long total = this.graphQl.document("query($series: String!) { commitments(filter: {series: $series}) { totalCount } }")
			.variable("series", "central-asia-tip-conference").execute()
			.path("commitments.totalCount").entity(Long.class).get();
		assertThat(total).as("the test's limit is four").isGreaterThan(4);
		Document page = html("/briefings/series/central-asia-tip-conference?asOf=2024-12-31");
		assertThat(page.select(".shown").text()).isEqualTo("Only 4 of the " + total
				+ " commitments concerning it are listed: those due nearest to 31 December 2024."
				+ " The API's commitments query lists every one.");
		Element commitments = page.select("section").stream()
			.filter(section -> section.select("h2").text().equals("Commitments")).findFirst().orElseThrow();
		assertThat(commitments.select("p.fact").eachText()).as("the two due last before the day, then the two due next")
			.satisfiesExactly(first -> assertThat(first).contains("2023 edition"),
					second -> assertThat(second).contains("2024 edition"),
					third -> assertThat(third).contains("2025 edition"),
					fourth -> assertThat(fourth).contains("2026 edition"));
		assertThat(page.select(".summary").text()).startsWith("4 commitments:");
	}

	@Test
	void theApiGivesEachBriefingsAddressWithItsOptions() {
		var answer = this.graphQl.document(ADDRESSES)
			.variable("code", "KZ").variable("asOf", "2024-12-31").variable("statedOnly", true).variable("lang", "ru")
			.execute();
		answer.path("country.briefing.html").entity(String.class)
			.isEqualTo("/briefings/country/KZ?asOf=2024-12-31&basis=STATED&lang=ru")
			.path("country.briefing.pdf").entity(String.class)
			.isEqualTo("/briefings/country/KZ.pdf?asOf=2024-12-31&basis=STATED&lang=ru")
			.path("declaration.briefing.pdf").entity(String.class).isEqualTo("/briefings/instrument/bukhara-declaration.pdf")
			.path("conferenceSeries.briefing.html").entity(String.class)
			.isEqualTo("/briefings/series/central-asia-tip-conference?lang=ru")
			.path("commitment.briefing.pdf").entity(String.class)
			.isEqualTo("/briefings/commitment/host-central-asia-tip-conference-2025.pdf?basis=STATED");
		String address = answer.path("country.briefing.html").entity(String.class).get();
		Document page = html(address);
		assertThat(page.select("html").attr("lang")).isEqualTo("ru");
		assertThat(page.select("nav a").attr("href")).endsWith("/briefings/country/KZ.pdf?asOf=2024-12-31&basis=STATED&lang=ru");
		this.graphQl.document(ADDRESSES).variable("code", "KZ").variable("lang", "fr").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("lang");
			}));
	}

	@Test
	void aBadRequestIsRefusedNamingTheParameter() {
		assertHttpError(send(this.port, "GET", "/briefings/planet/KZ", null), 400, "BAD_REQUEST", "'kind': 'planet'");
		assertHttpError(send(this.port, "GET", "/briefings/country/KZ.pdf?asOf=yesterday", null), 400, "BAD_REQUEST",
				"'asOf': 'yesterday'");
		assertHttpError(send(this.port, "GET", "/briefings/country/KZ?basis=INFERRED", null), 400, "BAD_REQUEST",
				"'basis': 'INFERRED'");
		assertHttpError(send(this.port, "GET", "/briefings/country/KZ?lang=fr", null), 400, "BAD_REQUEST", "'lang': 'fr'");
		assertHttpError(send(this.port, "GET", "/briefings/country/XX.pdf", null), 404, "NOT_FOUND", "'XX'");
		assertHttpError(send(this.port, "GET", "/briefings/instrument/no-such-law", null), 404, "NOT_FOUND",
				"'no-such-law'");
		assertHttpError(send(this.port, "GET", "/briefings/commitment/%3Cscript%3E", null), 404, "NOT_FOUND",
				"'<script>'");
	}

	private Document html(String path) {
		HttpResponse<String> page = send(this.port, "GET", path, null);
		assertThat(page.statusCode()).as("%s: %s", path, page.body()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		return Jsoup.parse(page.body());
	}

	/** The words of a text, one space between each: a line broken after a hyphen is joined again. */
	private static String flat(String text) {
		return text.replace('\u00a0', ' ').replaceAll("(\\S)-[ \\t]*\\R\\s*", "$1-").replaceAll("\\s+", " ").trim();
	}

	private static void assertEveryFontEmbedded(PDDocument document) throws IOException {
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
		}
	}

	/** Each page as PNG under {@code target/briefings}, to be looked at. */
	private static void savePages(PDDocument document, String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "briefings"));
		PDFRenderer renderer = new PDFRenderer(document);
		for (int i = 0; i < document.getNumberOfPages(); i++) {
			ImageIO.write(renderer.renderImageWithDPI(i, 96), "png", folder.resolve(name + "-" + (i + 1) + ".png").toFile());
		}
		Files.writeString(folder.resolve(name + ".txt"), new PDFTextStripper().getText(document), StandardCharsets.UTF_8);
	}

}
