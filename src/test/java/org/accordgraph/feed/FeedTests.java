package org.accordgraph.feed;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.HOSTING_2025;
import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.recordUnsourcedAssessment;
import static org.accordgraph.ApiAssertions.send;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds as a feed reader reads them, anonymously: each is well-formed Atom with the
 * elements RFC 4287 requires, read by ROME's parser; a curator's change is an entry of the feeds
 * of what it touched and of no other, whose id is made of what the audit trail keeps (so the same
 * after a restart), with a link to the fact's page and no curator's name; the overdue feed holds
 * the commitments the API reports overdue.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
class FeedTests {

	static final String LAST_CHANGE = """
			query($entities: [ID!]) { recentChanges(entities: $entities, last: 1) { sequence at entity operation node { id } } }""";

	static final String OVERDUE = """
			query($asOf: Date) { overdueCommitments(asOf: $asOf) { commitments { id slug dueDate { latest } } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void aCuratorsChangeIsAnEntryOfTheFeedsOfWhatItTouchedWithAnIdMadeOfTheAuditTrail() throws Exception {
		recordUnsourcedAssessment(signedIn(this.graphQl, basic("carla")), "a feed reader sees it");
		Map<String, Object> change = this.graphQl.document(LAST_CHANGE).variable("entities", List.of(HOSTING_2025))
			.execute().path("recentChanges[0]").entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
		String expectedId = "urn:uuid:" + UUID.nameUUIDFromBytes(("accord-graph change " + change.get("sequence") + " "
				+ change.get("entity")).getBytes(StandardCharsets.UTF_8));

		for (String path : List.of("/feeds/changes.atom", "/feeds/commitment/host-central-asia-tip-conference-2025.atom",
				"/feeds/country/TJ.atom", "/feeds/series/central-asia-tip-conference.atom")) {
			String xml = atom(path);
			assertThat(xml).as(path).doesNotContain("carla");
			Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
			Entry entry = feed.getEntries().stream().filter(e -> e.getId().equals(expectedId)).findFirst().orElse(null);
			assertThat(entry).as("%s holds the change", path).isNotNull();
			assertThat(entry.getTitle()).contains((String) change.get("entity"), "recordAssessment");
			assertThat(entry.getUpdated().toInstant()).as("to the second, as Atom dates are written")
				.isEqualTo(OffsetDateTime.parse((String) change.get("at")).toInstant().truncatedTo(ChronoUnit.SECONDS));
			assertThat(entry.getAlternateLinks()).extracting(Link::getHref)
				.containsExactly("http://localhost:" + this.port + "/facts/" + HOSTING_2025);
			assertThat(atom(path)).as("read again, the same").isEqualTo(xml);
		}
		Feed kazakhstan = (Feed) new WireFeedInput().build(new StringReader(atom("/feeds/country/KZ.atom")));
		assertThat(kazakhstan.getEntries()).extracting(Entry::getId).doesNotContain(expectedId);
		assertThat(send(this.port, "GET", "/facts/" + HOSTING_2025, null).body())
			.contains("change " + change.get("sequence") + " of the audit trail").doesNotContain("carla");
	}

	@Test
	void theOverdueFeedHoldsTheCommitmentsTheApiReportsOverdue() throws Exception {
		List<Map<String, Object>> overdue = this.graphQl.document(OVERDUE).variable("asOf", "2025-12-31").execute()
			.path("overdueCommitments.commitments")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(overdue).isNotEmpty();
		String xml = atom("/feeds/overdue.atom?asOf=2025-12-31");
		Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
		assertThat(feed.getTitle()).isEqualTo("Accord Graph: commitments overdue on 2025-12-31");
		assertThat(feed.getEntries()).hasSize(overdue.size());
		for (Map<String, Object> commitment : overdue) {
			String latest = (String) ((Map<?, ?>) commitment.get("dueDate")).get("latest");
			String id = "urn:uuid:" + UUID.nameUUIDFromBytes(("accord-graph overdue " + commitment.get("slug") + " " + latest)
				.getBytes(StandardCharsets.UTF_8));
			assertThat(feed.getEntries()).filteredOn(entry -> entry.getId().equals(id)).singleElement().satisfies(entry -> {
				assertThat(entry.getAlternateLinks()).extracting(Link::getHref)
					.contains("http://localhost:" + this.port + "/facts/" + commitment.get("id"));
				assertThat(entry.getSummary().getValue()).contains("UNKNOWN");
			});
		}
		assertThat(atom("/feeds/overdue.atom?asOf=2022-01-01")).doesNotContain("<entry");
	}

	@Test
	void aBadFeedRequestIsRefusedNamingTheParameter() {
		assertHttpError(send(this.port, "GET", "/feeds/planet/KZ.atom", null), 400, "BAD_REQUEST", "'kind'");
		assertHttpError(send(this.port, "GET", "/feeds/country/XX.atom", null), 404, "NOT_FOUND", "'XX'");
		assertHttpError(send(this.port, "GET", "/feeds/overdue.atom?asOf=soon", null), 400, "BAD_REQUEST", "'asOf'");
	}

	/** The feed at the path, checked for the elements RFC 4287 requires of a feed and of each entry. */
	private String atom(String path) throws Exception {
		HttpResponse<String> answer = send(this.port, "GET", path, null);
		assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/atom+xml"));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element feed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(answer.body()))).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(feed.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated", "author")) {
			assertThat(children(feed, required)).as("%s: feed/%s", path, required).isEqualTo(1);
		}
		NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : List.of("id", "title", "updated")) {
				assertThat(children(entry, required)).as("%s: entry/%s", path, required).isEqualTo(1);
			}
		}
		return answer.body();
	}

	private static int children(Element parent, String name) {
		int count = 0;
		for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName())) {
				count++;
			}
		}
		return count;
	}

}
