package org.accordgraph.dataset;

import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.CitedFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled facts that once said more than their sources, as the API now gives them: each
 * assertion fails if the over-claim comes back. (The dataset check catches the rest: dates more
 * exact than their citations, passages never cited, sources without an address or a reason.)
 */
@AccordGraphTest
class CorrectedFactsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	private GraphQlTester.Response facts;

	@BeforeEach
	void ask() {
		this.facts = this.graphQl.documentName("dataset/corrected-facts")
			.variable("pressRelease", CitedFacts.PRESS_RELEASE)
			.variable("laterSource", "uzdaily-tashkent-conference-2022")
			.execute();
		this.facts.errors().verify();
		CitedFacts.assertCitationsSourced(this.facts.path("$").entity(Map.class).get(), 3);
	}

	@Test
	void noSourceIsGivenAnAddressOrATitleThatNoSourceGives() {
		this.facts.path("pressRelease.url").valueIsNull();
		this.facts.path("pressRelease.noUrl").entity(String.class).satisfies(why -> assertThat(why).isNotBlank());
		this.facts.path("laterSource.title").valueIsNull();
		this.facts.path("laterSource.name").entity(String.class).isEqualTo("UzDaily");
		this.facts.path("laterSource.url").entity(String.class)
			.satisfies(url -> assertThat(url).startsWith("https://www.uzdaily.uz/"));
		this.facts.path("globalReport.url").valueIsNull();
		this.facts.path("references.edges[0].node.title").valueIsNull();
		this.facts.path("references.edges[0].node.url").valueIsNull();
		this.facts.path("references.edges[0].node.noUrl").entity(String.class)
			.satisfies(why -> assertThat(why).contains("no source held gives"));
	}

	@Test
	void astanaIsKazakhstansByInferenceAndDiscussedWhatTheReleaseSaysItDid() {
		this.facts.path("astana.hostedBy.country.code").entity(String.class).isEqualTo("KZ");
		this.facts.path("astana.hostedBy.basis").entity(String.class).isEqualTo("INFERRED");
		this.facts.path("astana.hostedBy.citations[*].quote").entityList(String.class)
			.satisfies(quotes -> assertThat(quotes).anyMatch(q -> q.startsWith("The event is co-organised by"))
				.noneMatch(q -> q.contains("starting with Uzbekistan in 2022")));
		// the release's paragraph of figures is background, not what the conference discussed
		this.facts.path("astana.topics[*].topic.slug").entityList(String.class)
			.satisfies(topics -> assertThat(topics).isNotEmpty().noneMatch(t -> t.startsWith("gender")));
	}

	@Test
	void noFreeTextCallsAConferenceAnEditionNoSourceCallsOne() {
		this.facts.path("series.description").entity(String.class)
			.satisfies(description -> assertThat(description).contains("agreed to support").doesNotContain("hosted in turn"));
		this.facts.path("annual.statusHistory[*].note").entityList(Object.class)
			.satisfies(notes -> assertThat(notes).isNotEmpty()
				.noneMatch(note -> note != null && note.toString().contains("edition")));
	}

	@Test
	void hostingMakesAStateTheHostOfAnEditionNotAPartyToTheAgreement() {
		this.facts.path("hosted.edges[*].node.host.country.code").entityList(String.class).containsExactly("UZ", "KZ");
		this.facts.path("hosted.edges[*].node.parties[*].actor.name").entityList(String.class)
			.containsExactly("Delegates to the Bukhara Conference of November 2021",
					"Delegates to the Bukhara Conference of November 2021");
	}

	@Test
	void safeMigrationHasNoFunderSinceNoSourceNamesOne() {
		this.facts.path("safeMigration.fundedBy").entityList(Object.class).hasSize(0);
	}

	@Test
	void classificationUnderTheFourPsIsTheCuratorsAndSaysSo() {
		this.facts.path("themes[*].basis").entityList(String.class).hasSize(4)
			.satisfies(bases -> assertThat(bases).containsOnly("INFERRED"));
		this.facts.path("classedPartnership.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
		this.facts.path("statedPartnership.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void datesAndNumbersAreAsExactAsTheirSources() {
		this.facts.path("bukhara.participantCount.value").entity(Integer.class).isEqualTo(60);
		this.facts.path("bukhara.participantCount.approximate").entity(Boolean.class).isEqualTo(true);
		this.facts.path("bukhara.participantCount.text").entity(String.class).isEqualTo("about 60 participants");
		this.facts.path("bukhara.participantCount.basis").entity(String.class).isEqualTo("INFERRED");
		this.facts.path("tashkent.title").valueIsNull();
		this.facts.path("tashkent.name").entity(String.class).isEqualTo("Conference in Tashkent, 2022-07-28");
		this.facts.path("tashkent.endDate").valueIsNull();
		this.facts.path("astana.startDate.basis").entity(String.class).isEqualTo("INFERRED");
		this.facts.path("astana.endDate.basis").entity(String.class).isEqualTo("INFERRED");
		// "from at least January 2015" bounds the start: it is a month she held the post
		this.facts.path("mittal.positions[0].from").valueIsNull();
		this.facts.path("mittal.positions[0].heldOn.iso").entity(String.class).isEqualTo("2015-01");
		this.facts.path("mittal.positions[0].heldOn.approximate").entity(Boolean.class).isEqualTo(false);
		this.facts.path("mittal.positions[0].heldOn.text").entity(String.class).isEqualTo("from at least January 2015");
		this.facts.path("mittal.positions[0].until.iso").entity(String.class).isEqualTo("2024-06");
		this.facts.path("mittal.positions[0].until.approximate").entity(Boolean.class).isEqualTo(true);
		this.facts.path("rosenblum.positions[0].from.iso").entity(String.class).isEqualTo("2022-11");
		this.facts.path("rosenblum.positions[0].from.precision").entity(String.class).isEqualTo("MONTH");
		this.facts.path("rosenblum.positions[0].until.iso").entity(String.class).isEqualTo("2025-01-20");
		this.facts.path("ferguson.positions[0].from.iso").entity(String.class).isEqualTo("2013-04");
		this.facts.path("hosting.dueDate.iso").entity(String.class).isEqualTo("2024-07");
		this.facts.path("hosting.dueDate.text").entity(String.class).isEqualTo("at the end of July");
	}

	@Test
	void theBukharaUndertakingsAreTheDelegatesAgreementNotTheStatesOrTheDeclaration() {
		this.facts.path("delegates.kind").entity(String.class).isEqualTo("DELEGATES");
		this.facts.path("delegates.commitments[*].slug").entityList(String.class).hasSize(6);
		this.facts.path("hosting.parties[*].actor.name").entityList(String.class)
			.containsExactly("Delegates to the Bukhara Conference of November 2021");
		this.facts.path("hosting.host.country.code").entity(String.class).isEqualTo("KG");
		this.facts.path("hosting.host.basis").entity(String.class).isEqualTo("STATED");
		this.facts.path("hosting.madeIn.origin.slug").entity(String.class).isEqualTo("bukhara-2021");
		this.facts.path("declaration.calledForAt.conference.slug").entity(String.class).isEqualTo("bukhara-2021");
		this.facts.path("declaration.establishes").entityList(Object.class).hasSize(0);
		this.facts.path("bukhara.coOrganisers[*].basis").entityList(String.class)
			.satisfies(bases -> assertThat(bases).containsOnly("INFERRED"));
	}

	@Test
	void namesAndKindsNoSourceGivesAreGone() {
		this.facts.path("narbayeva.alsoKnownAs").entityList(String.class).hasSize(0);
		this.facts.path("generalAssembly.kind").entity(String.class).isEqualTo("UN_PRINCIPAL_ORGAN");
		// "President Tokayev signed it": no first name, no republic, no organisation
		this.facts.path("tokayev.name").entity(String.class).isEqualTo("Tokayev");
		this.facts.path("tokayev.positions[0].title").entity(String.class).isEqualTo("President");
		this.facts.path("tokayev.positions[0].organisation").valueIsNull();
		// an ambassador's post: no source ties it to the State Department
		this.facts.path("rosenblum.positions[0].organisation").valueIsNull();
	}

	@Test
	void whatTheReleaseStatesIsInTheGraph() {
		this.facts.path("bukhara.alsoKnownAs").entityList(String.class).containsExactly("Bukhara Conference");
		this.facts.path("fergusonSaid.topics[*].topic.slug").entityList(String.class)
			.containsExactly("cyber-fraud-camps", "online-recruitment");
		this.facts.path("rosenblumSaid.refersTo[0].source.publisher").entity(String.class)
			.isEqualTo("U.S. Department of State");
		this.facts.path("rosenblumSaid.refersTo[0].source.url").valueIsNull();
		// "during the same year" names no year: the figures are stated, and undated
		this.facts.path("decline.edges[?(@.node.year == null)].node.slug").entityList(String.class)
			.satisfies(slugs -> assertThat(slugs).contains("investigations-central-asia-2020",
					"prosecutions-central-asia-2020", "convictions-central-asia-2020"));
		this.facts.path("plans.edges[*].node.cycleYears").entityList(Integer.class).containsExactly(3, 3);
		this.facts.path("plans.edges[*].node.note").entityList(Object.class).containsExactly(null, null);
	}

}
