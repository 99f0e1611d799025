package org.accordgraph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ten questions the bundled data answers (API.md), each one request over HTTP, each answer
 * with the citations that support it. The requests are those docs/questions.md shows.
 */
@AccordGraphTest
class ApiQuestionsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	private static <T> List<T> values(GraphQlTester.Response response, String path, Class<T> type) {
		return response.path(path).entityList(type).get();
	}

	private GraphQlTester.Response ask(String question, int citations) {
		GraphQlTester.Response response = this.graphQl.documentName("questions/" + question).execute();
		response.errors().verify();
		Map<String, Object> data = response.path("$").entity(Map.class).get();
		assertThat(data).containsKey("data").doesNotContainKey("errors");
		CitedFacts.assertCitationsSourced(data, citations);
		return response;
	}

	@Test
	void whoHostsTheAnnualConferenceEachYearAndWhichEditionsWereHeld() {
		GraphQlTester.Response response = ask("q01-hosting-rotation", 5);
		response.path("hostingRotation[*].year").entityList(Integer.class).containsExactly(2022, 2023, 2024, 2025, 2026);
		response.path("hostingRotation[*].country.code").entityList(String.class)
			.containsExactly("UZ", "KZ", "KG", "TJ", "TM");
		assertThat(values(response, "hostingRotation[*].basis", String.class)).containsOnly("STATED");
		response.path("hostingRotation[0].conference.slug").entity(String.class).isEqualTo("tashkent-2022");
		response.path("hostingRotation[1].conference.slug").entity(String.class).isEqualTo("astana-2023");
		response.path("hostingRotation[1].conference.startDate.basis").entity(String.class).isEqualTo("INFERRED");
		response.path("hostingRotation[2].conference").valueIsNull();
		response.path("hostingRotation[4].conference").valueIsNull();
		response.path("hostingRotation[*].status.status").entityList(String.class)
			.containsExactly("FULFILLED", "FULFILLED", "UNKNOWN", "UNKNOWN", "UNKNOWN");
		assertThat(values(response, "hostingRotation[*].status.basis", String.class)).containsOnly("INFERRED");
		response.path("hostingRotation[2].status.stale").entity(Boolean.class).isEqualTo(true);
		response.path("hostingRotation[2].status.date.iso").entity(String.class).isEqualTo("2023-07-27");
		response.path("hostingRotation[2].status.lastAssessment.status").entity(String.class).isEqualTo("PENDING");
		assertThat(values(response, "hostingRotation[*].citations[*].quote", String.class))
			.allSatisfy(quote -> assertThat(quote).contains("starting with Uzbekistan in 2022"));
	}

	@Test
	void whereWhenAndByWhomTheRotationWasAgreedAndHowItIsTiedToTheDeclaration() {
		GraphQlTester.Response response = ask("q02-rotation-agreement", 4);
		String bukhara = "conferenceSeries.agreedAt.conference";
		response.path(bukhara + ".alsoKnownAs").entityList(String.class).containsExactly("Bukhara Conference");
		response.path(bukhara + ".city").entity(String.class).isEqualTo("Bukhara");
		response.path(bukhara + ".startDate.iso").entity(String.class).isEqualTo("2021-11-25");
		response.path(bukhara + ".endDate.iso").entity(String.class).isEqualTo("2021-11-26");
		response.path(bukhara + ".hostedBy.country.name").entity(String.class).isEqualTo("Uzbekistan");
		response.path(bukhara + ".participants[*].actor.name").entityList(String.class)
			.containsExactly("Delegates to the Bukhara Conference of November 2021");
		response.path(bukhara + ".declarations[0].title").entity(String.class)
			.isEqualTo("Bukhara Declaration on Strengthening Partnerships to Combat Trafficking in Persons");
		response.path(bukhara + ".declarations[0].citations[0].quote").entity(String.class)
			.satisfies(quote -> assertThat(quote).contains("called for action through the development of the Bukhara Declaration"));
		response.path("conferenceSeries.agreedAt.basis").entity(String.class).isEqualTo("STATED");
		assertThat(values(response, "conferenceSeries.agreedAt.citations[*].quote", String.class))
			.anySatisfy(quote -> assertThat(quote).startsWith("For this reason, conference delegates agreed"));
		response.path("conferenceSeries.establishedBy").entityList(Object.class).hasSize(0);
	}

	@Test
	void whoCoOrganisedTheAstanaConferenceAndWhichCountriesOfficialsTookPart() {
		GraphQlTester.Response response = ask("q03-astana-organisers", 10);
		assertThat(values(response, "conference.coOrganisers[*].actor.name", String.class))
			.containsExactlyInAnyOrder(
					"Law Enforcement Academy under the Office of the Prosecutor General of the Republic of Kazakhstan",
					"United Nations Office on Drugs and Crime", "United States Agency for International Development",
					"Safe Migration in Central Asia", "Bureau of International Narcotics and Law Enforcement Affairs");
		response.path("conference.participants[*].actor.code").entityList(String.class)
			.containsExactly("KZ", "KG", "TJ", "TM", "UZ");
		assertThat(values(response, "conference.participants[*].delegation", String.class))
			.containsOnly("government officials");
		response.path("conference.attendeeCategories").entityList(String.class).containsExactly("law enforcement",
				"judiciary", "customs", "civil society organizations", "international experts");
		response.path("conference.startDate.basis").entity(String.class).isEqualTo("INFERRED");
		response.path("conference.startDate.reasoning").entity(String.class)
			.satisfies(reasoning -> assertThat(reasoning).contains("no year"));
		assertThat(values(response, "conference.coOrganisers[*].citations[*].quote", String.class))
			.allSatisfy(quote -> assertThat(quote).startsWith("The event is co-organised by"));
	}

	@Test
	void whatKazakhstanUndertookAndWhatBecameOfTheDraftLaw() {
		GraphQlTester.Response response = ask("q04-kazakhstan", 7);
		// no source says Kazakhstan undertook anything: the delegates' agreement names it to host
		response.path("country.commitments").entityList(Object.class).hasSize(0);
		response.path("country.namedToHost[*].slug").entityList(String.class)
			.containsExactly("host-central-asia-tip-conference-2023");
		response.path("country.namedToHost[0].basis").entity(String.class).isEqualTo("STATED");
		response.path("country.namedToHost[0].host.basis").entity(String.class).isEqualTo("STATED");
		response.path("country.namedToHost[0].host.citations[0].quote").entity(String.class)
			.satisfies(quote -> assertThat(quote).contains("followed by Kazakhstan in 2023"));
		response.path("country.namedToHost[0].parties[*].actor.name").entityList(String.class)
			.containsExactly("Delegates to the Bukhara Conference of November 2021");
		response.path("country.namedToHost[0].status.status").entity(String.class).isEqualTo("FULFILLED");
		response.path("country.namedToHost[0].fulfilledBy[0].fulfilment.slug").entity(String.class)
			.isEqualTo("astana-2023");
		response.path("country.actionPlans[*].periodStart").entityList(Integer.class).containsExactly(2021, 2024);
		response.path("country.actionPlans[*].cycleYears").entityList(Integer.class).containsExactly(3, 3);
		String law = "country.legalInstruments[0]";
		response.path(law + ".number").entity(String.class).isEqualTo("110-VIII");
		response.path(law + ".adoptedOn.iso").entity(String.class).isEqualTo("2024-07-05");
		response.path(law + ".adoptedOn.basis").entity(String.class).isEqualTo("STATED");
		response.path(law + ".statusHistory[*].status").entityList(String.class)
			.containsExactly("DRAFT", "UNDER_CONSIDERATION", "ADOPTED");
		response.path(law + ".statusHistory[*].date.iso").entityList(String.class)
			.containsExactly("2023-05-11", "2023-07-27", "2024-07-05");
		response.path(law + ".statusHistory[*].basis").entityList(String.class)
			.containsExactly("INFERRED", "INFERRED", "STATED");
		response.path(law + ".statusHistory[0].chapters").entity(Integer.class).isEqualTo(6);
		response.path(law + ".statusHistory[0].articles").entity(Integer.class).isEqualTo(22);
		response.path(law + ".statusHistory[1].by.name").entity(String.class)
			.isEqualTo("Majilis of the Parliament");
		response.path(law + ".statusHistory[1].date.basis").entity(String.class).isEqualTo("INFERRED");
		response.path(law + ".statusHistory[2].by").valueIsNull();
		response.path(law + ".statusHistory[1].citations[0].verbatim").entity(Boolean.class).isEqualTo(true);
		response.path(law + ".statusHistory[2].citations[*].source.url").entityList(String.class)
			.contains("https://www.adilet.zan.kz/eng/docs/Z2400000110/compare");
		assertThat(values(response, law + ".statusHistory[2].citations[*].verbatim", Boolean.class)).containsOnly(false);
	}

	@Test
	void whoSaidEveryLifeMattersInWhichPostAtWhichEvent() {
		GraphQlTester.Response response = ask("q05-every-life-matters", 2);
		response.path("statements.edges").entityList(Object.class).hasSize(1);
		String statement = "statements.edges[0].node";
		response.path(statement + ".speaker.name").entity(String.class).isEqualTo("Ashita Mittal");
		response.path(statement + ".position.title").entity(String.class)
			.isEqualTo("UNODC Regional Representative for Central Asia");
		response.path(statement + ".event.city").entity(String.class).isEqualTo("Astana");
		response.path(statement + ".event.startDate.iso").entity(String.class).isEqualTo("2023-07-27");
		response.path(statement + ".event.startDate.basis").entity(String.class).isEqualTo("INFERRED");
		response.path(statement + ".basis").entity(String.class).isEqualTo("STATED");
		response.path(statement + ".citations[0].quote").entity(String.class)
			.satisfies(quote -> assertThat(quote).contains("Every life matters"));
	}

	@Test
	void whatShareOfPersonsConvictedIn2020WereWomenByWhichReport() {
		GraphQlTester.Response response = ask("q06-convictions-women", 3);
		response.path("statistic.value").entity(Double.class).isEqualTo(85.0);
		response.path("statistic.unit").entity(String.class).isEqualTo("PERCENT");
		response.path("statistic.year").entity(Integer.class).isEqualTo(2020);
		response.path("statistic.area").entity(String.class).isEqualTo("Central Asia");
		response.path("statistic.basis").entity(String.class).isEqualTo("STATED");
		response.path("statistic.reportedIn.source.title").entity(String.class)
			.isEqualTo("Global Report on Trafficking in Persons");
		response.path("statistic.reportedIn.source.url").valueIsNull();
		response.path("statistic.reportedIn.basis").entity(String.class).isEqualTo("INFERRED");
		response.path("statistic.reportedIn.reasoning").entity(String.class)
			.satisfies(reasoning -> assertThat(reasoning).contains("not each figure"));
		response.path("statistic.citations[0].quote").entity(String.class)
			.satisfies(quote -> assertThat(quote).contains("women accounted for 85% of persons convicted"));
	}

	@Test
	void whichKindsOfSupportInternationalOrganisationsProvide() {
		GraphQlTester.Response response = ask("q07-support-types", 9);
		response.path("supportTypes[*].name").entityList(String.class)
			.hasSize(9)
			.contains("Legislative assistance", "Data collection and research", "Victim protection and support",
					"International cooperation");
		assertThat(values(response, "supportTypes[*].citations[*].quote", String.class))
			.allSatisfy(quote -> assertThat(quote).startsWith("Participants also reviewed the types of support"));
	}

	@Test
	void whatAreTheFourPsAndWhatFallsUnderPartnership() {
		GraphQlTester.Response response = ask("q08-four-ps", 5);
		response.path("themes[*].theme").entityList(String.class)
			.containsExactly("PREVENTION", "PROSECUTION", "PROTECTION", "PARTNERSHIP");
		response.path("themes[3].citations[0].quote").entity(String.class)
			.satisfies(quote -> assertThat(quote).contains("\"fourth P,\" that is, partnerships"));
		response.path("theme.statements[*].slug").entityList(String.class)
			.contains("daniel-rosenblum-astana-2023", "reda-sirgediene-astana-2023");
		response.path("theme.commitments[*].slug").entityList(String.class)
			.contains("bukhara-annual-conferences", "unodc-support-regional-mechanisms",
					"host-central-asia-tip-conference-2022");
	}

	@Test
	void whoImplementsAndWhoFundsSafeMigrationInCentralAsia() {
		GraphQlTester.Response response = ask("q09-safe-migration", 1);
		response.path("project.implementedBy[*].organisation.name").entityList(String.class)
			.containsExactly("Winrock International");
		response.path("project.implementedBy[0].basis").entity(String.class).isEqualTo("STATED");
		// the release names USAID beside the project, never as its funder: the graph is silent too
		response.path("project.fundedBy").entityList(Object.class).hasSize(0);
		assertThat(values(response, "project.implementedBy[0].citations[*].quote", String.class))
			.anySatisfy(quote -> assertThat(quote).contains("Safe Migration in Central Asia Project implemented by Winrock International"));
	}

	@Test
	void whichOrganisationTheLawEnforcementAcademyIsPartOf() {
		GraphQlTester.Response response = ask("q10-academy-part-of", 2);
		response.path("organisation.partOf.organisation.name").entity(String.class)
			.isEqualTo("Office of the Prosecutor General of the Republic of Kazakhstan");
		response.path("organisation.partOf.organisation.basedIn.country.name").entity(String.class)
			.isEqualTo("Kazakhstan");
		assertThat(values(response, "organisation.partOf.citations[*].quote", String.class))
			.anySatisfy(quote -> assertThat(quote)
				.contains("Law Enforcement Academy under the Office of the Prosecutor General"));
		response.path("organisation.alsoKnownAs").entityList(String.class)
			.isEqualTo(List.of("Academy of Law Enforcement Agencies at the Prosecutor General's Office of the Republic of Kazakhstan"));
	}

}
