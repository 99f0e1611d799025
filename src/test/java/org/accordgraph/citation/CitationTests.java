package org.accordgraph.citation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.accordgraph.AccordGraphTest;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citations as reference managers read them, anonymously: every source as CSL-JSON valid against
 * the CSL data schema and read by citeproc-java, as BibTeX read by jbibtex (the parser JabRef's
 * importers build on) and as RIS read by citeproc-java's RIS parser, each the same as the API
 * says; a commitment's sources in one file; every fact's page with its JSON-LD.
 */
@AccordGraphTest
class CitationTests {

	static final String SOURCES = """
			{ sources(first: 100) { totalCount edges { node { slug title name url publishedOn { iso basis } } } } }""";

	static final String COMMITMENT_SOURCES = """
			query($slug: String!) {
			  commitment(slug: $slug) {
			    id text
			    citations { quote source { slug } }
			    parties { citations { source { slug } } }
			    host { citations { source { slug } } }
			    madeIn { citations { source { slug } } }
			    statusHistory { citations { source { slug } } }
			    fulfilledBy { citations { source { slug } } }
			  }
			}""";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void everySourceAsCslJsonIsValidAgainstTheCslSchemaAndReadsAsTheApiSays() throws IOException {
		HttpResponse<String> file = get("/citations/sources.json");
		assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/vnd.citationstyles.csl+json"));
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).contains("attachment", "accord-graph-sources.json"));
		Schema schema = cslSchema();
		assertThat(schema.validate(JSON.readTree(file.body()))).isEmpty();
		assertThat(schema.validate(JSON.readTree("[{\"id\": \"x\", \"type\": \"leaflet\"}]")))
			.as("the schema refuses what is not CSL").isNotEmpty();

		Map<String, Map<String, Object>> api = apiSources();
		List<Map<String, Object>> items = JSON.readValue(file.body(), new tools.jackson.core.type.TypeReference<>() {
		});
		assertThat(items).hasSize(api.size());
		for (Map<String, Object> json : items) {
			CSLItemData item = CSLItemData.fromJson(json);
			Map<String, Object> source = api.get(item.getId());
			assertThat(source).as(item.getId()).isNotNull();
			assertThat(item.getTitle()).as("the title a source gives, or none").isEqualTo(source.get("title"));
			assertThat(item.getURL()).isEqualTo(source.get("url"));
			@SuppressWarnings("unchecked")
			Map<String, Object> published = (Map<String, Object>) source.get("publishedOn");
			if (published == null) {
				assertThat(item.getIssued()).isNull();
			}
			else if (!"STATED".equals(published.get("basis"))) {
				assertThat(item.getIssued()).as("no date a source does not state").isNull();
				assertThat(item.getNote()).as("the curators' date, said as such")
					.contains("Date not stated by a source; inferred by Accord Graph's curators: " + published.get("iso"));
			}
			else {
				assertThat(java.util.Arrays.stream(item.getIssued().getDateParts()[0]).mapToObj(part -> String.format("%02d", part))
					.collect(Collectors.joining("-"))).as("as exact as its source").isEqualTo(published.get("iso"));
			}
		}
	}

	@Test
	void everySourceReadsBackFromBibTeXAndRisAsTheApiSays() throws IOException, ParseException {
		Map<String, Map<String, Object>> api = apiSources();
		BibTeXDatabase bibtex = new BibTeXConverter().loadDatabase(new ByteArrayInputStream(
				get("/citations/sources.bib").body().getBytes(StandardCharsets.UTF_8)));
		assertThat(bibtex.getEntries().keySet()).extracting(Key::getValue).containsExactlyInAnyOrderElementsOf(api.keySet());
		for (BibTeXEntry entry : bibtex.getEntries().values()) {
			Map<String, Object> source = api.get(entry.getKey().getValue());
			org.jbibtex.Value title = entry.getField(BibTeXEntry.KEY_TITLE);
			assertThat((title != null) ? plain(title) : null).isEqualTo(source.get("title"));
		}
		List<RISReference> ris = new RISParser().parse(new StringReader(get("/citations/sources.ris").body()))
			.getReferences();
		assertThat(ris).extracting(RISReference::getId).containsExactlyInAnyOrderElementsOf(api.keySet());
		for (RISReference reference : ris) {
			Map<String, Object> source = api.get(reference.getId());
			assertThat(reference.getTitle()).isEqualTo(source.get("title"));
			assertThat(reference.getURL()).isEqualTo(source.get("url"));
		}
	}

	@Test
	void aCommitmentsSourcesImportAsOneFileWithThePassagesItQuotes() throws IOException {
		var commitment = this.graphQl.document(COMMITMENT_SOURCES).variable("slug", "host-central-asia-tip-conference-2023")
			.execute();
		String id = commitment.path("commitment.id").entity(String.class).get();
		Set<String> cited = new TreeSet<>(commitment.path("commitment..source.slug").entityList(String.class).get());
		String quote = commitment.path("commitment.citations[0].quote").entity(String.class).get();
		assertThat(cited).isNotEmpty();

		List<RISReference> ris = new RISParser().parse(new StringReader(get("/citations/facts/" + id + ".ris").body()))
			.getReferences();
		assertThat(ris).extracting(RISReference::getId).containsExactlyInAnyOrderElementsOf(cited);
		assertThat(ris).anySatisfy(reference -> assertThat(String.join(" ", reference.getNotes()))
			.contains("Cited in Accord Graph for: Commitment: Support the organisation of the 2023 edition", quote));
		assertThat(cslSchema().validate(JSON.readTree(get("/citations/facts/" + id + ".json").body()))).isEmpty();
		assertThat(get("/citations/facts/" + id + ".bib").body()).contains("@misc{unodc-press-release-astana-2023,");
	}

	@Test
	void aFactsPageSaysWhatHowAndWhereAndCarriesItsJsonLd() throws IOException {
		var commitment = this.graphQl.document(COMMITMENT_SOURCES).variable("slug", "host-central-asia-tip-conference-2023")
			.execute();
		String id = commitment.path("commitment.id").entity(String.class).get();
		List<String> quotes = commitment.path("commitment.citations[*].quote").entityList(String.class).get();
		HttpResponse<String> answer = get("/facts/" + id);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("h1").text()).isEqualTo(commitment.path("commitment.text").entity(String.class).get());
		assertThat(page.text()).contains("How it is known: stated by its sources.",
				"no curator has changed it or its relationships since");
		String shown = page.select(".footnotes .quote").text().replace('\u00a0', ' ');
		quotes.forEach(quote -> assertThat(shown).contains(quote.replace('\u00a0', ' ')));

		JsonNode inPage = JSON.readTree(page.select("script[type=application/ld+json]").html());
		JsonNode alone = JSON.readTree(get("/facts/" + id + ".jsonld").body());
		assertThat(inPage).isEqualTo(alone);
		assertThat(alone.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(alone.get("@type").asString()).isEqualTo("Claim");
		assertThat(alone.get("identifier").asString()).isEqualTo(id);
		assertThat(alone.get("@id").asString()).endsWith("/facts/" + id);
		assertThat(alone.get("appearance").valueStream().map(appearance -> appearance.get("text").asString()).toList())
			.containsExactlyElementsOf(quotes);
		assertThat(alone.get("appearance").get(0).get("isPartOf").get("@type").asString()).isEqualTo("CreativeWork");
	}

	@Test
	void aSelectionHoldsThoseSourcesAndABadRequestNamesItsParameter() throws IOException {
		List<Map<String, Object>> two = JSON.readValue(
				get("/citations/sources.json?slug=unodc-press-release-astana-2023&slug=ecoi-kazakhstan-2024").body(),
				new tools.jackson.core.type.TypeReference<>() {
				});
		assertThat(two).extracting(item -> item.get("id")).containsExactly("unodc-press-release-astana-2023",
				"ecoi-kazakhstan-2024");
		assertHttpError(send(this.port, "GET", "/citations/sources.json?slug=no-such-source", null), 404, "NOT_FOUND",
				"'no-such-source'");
		assertHttpError(send(this.port, "GET", "/citations/sources.xml", null), 400, "BAD_REQUEST", "'format'");
		String tooMany = "slug=unodc-press-release-astana-2023&".repeat(CitedSources.MAX_SELECTED + 1);
		assertHttpError(send(this.port, "GET", "/citations/sources.ris?" + tooMany, null), 400, "BAD_REQUEST",
				"at most " + CitedSources.MAX_SELECTED + " sources");
		assertHttpError(send(this.port, "GET", "/citations/facts/garbage.ris", null), 400, "BAD_REQUEST", "'id'");
		assertHttpError(send(this.port, "GET", "/facts/Q291bnRyeTpYWA", null), 404, "NOT_FOUND", "'id'");
	}

	@Test
	void aFrontEndOnAnAllowedOriginMayFetchTheFilesAndNoOtherMay() {
		HttpResponse<String> allowed = send(this.port, "GET", "/citations/sources.ris", null, "Origin",
				AccordGraphTest.FRONT_END);
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(AccordGraphTest.FRONT_END);
		HttpResponse<String> other = send(this.port, "GET", "/feeds/overdue.atom", null, "Origin", "https://elsewhere.test");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void specialCharactersSurviveBibTeXAndRis() throws IOException, ParseException {
		String title = "Trafficking {50%} & \"Victims\" #1_a ~ ^ $5 \\ Торговля людьми";
		Map<String, Object> source = new java.util.HashMap<>(Map.of("slug", "odd-source", "title", title, "publisher",
				"A & B", "url", "https://example.org/a%20b#c", "publishedOn", Map.of("iso", "2024-07", "approximate", true, "basis", "STATED")));
		List<CitedSource> sources = List.of(new CitedSource(source, null, List.of()));
		BibTeXDatabase bibtex = new BibTeXConverter().loadDatabase(
				new ByteArrayInputStream(CitationFormats.bibtex(sources).getBytes(StandardCharsets.UTF_8)));
		BibTeXEntry entry = bibtex.getEntries().values().iterator().next();
		assertThat(plain(entry.getField(BibTeXEntry.KEY_TITLE))).isEqualTo(title);
		assertThat(entry.getField(BibTeXEntry.KEY_MONTH).toUserString()).as("the month macro").isEqualTo("July");
		RISReference ris = new RISParser().parse(new StringReader(CitationFormats.ris(sources))).getReferences().get(0);
		assertThat(ris.getTitle()).isEqualTo(title);
		assertThat(ris.getURL()).isEqualTo("https://example.org/a%20b#c");
		assertThat(ris.getDate()).isEqualTo("2024/07//");
		JsonNode csl = JSON.readTree(JSON.writeValueAsString(CitationFormats.csl(sources)));
		assertThat(cslSchema().validate(csl)).isEmpty();
		assertThat(csl.get(0).get("issued").get("circa").asBoolean()).isTrue();
	}

	/** A BibTeX field's LaTeX as the text it prints (the printer's typographic apostrophe read as the plain one). */
	private static String plain(org.jbibtex.Value value) throws ParseException {
		List<org.jbibtex.LaTeXObject> latex = new org.jbibtex.LaTeXParser().parse(value.toUserString());
		return new org.jbibtex.LaTeXPrinter().print(latex).replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
	}

	private Map<String, Map<String, Object>> apiSources() {
		return this.graphQl.document(SOURCES).execute().path("sources.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.stream()
			.collect(Collectors.toMap(source -> (String) source.get("slug"), source -> source));
	}

	private HttpResponse<String> get(String path) {
		HttpResponse<String> answer = send(this.port, "GET", path, null);
		assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
		return answer;
	}

	static Schema cslSchema() throws IOException {
		try (InputStream schema = CitationTests.class.getResourceAsStream("/citations/csl-data.json")) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
		}
	}

}
