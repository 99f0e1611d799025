package org.accordgraph.graphql;

import java.util.List;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** Every list, filtered and sorted, on the bundled data: the rows expected, in the order expected. */
@AccordGraphTest
class FilterAndSortTests {

	@Autowired
	HttpGraphQlTester graphQl;

	/**
	 * @param list the list field
	 * @param arguments its filter and order
	 * @param key the field that names each row
	 * @param expected the rows' keys, in order, separated by spaces
	 */
	@ParameterizedTest(name = "{0}({1})")
	@CsvSource(delimiter = '|', textBlock = """
			countries     | orderBy: {field: CODE, direction: DESC}                                    | code | UZ US TM TJ LT KZ KG
			countries     | orderBy: {direction: DESC}, filter: {region: "central asia"}              | code | UZ TM TJ KG KZ
			countries     | filter: {name: "стан"}                                                      | code | KZ KG TJ TM UZ
			countries     | filter: {name: "kyrgyz"}                                                    | code | KG
			organisations | filter: {kind: [COURT, PARLIAMENT]}                                        | slug | majilis uzbekistan-supreme-court
			organisations | filter: {basedIn: "kz", name: "prosecutor"}                                | slug | kazakhstan-law-enforcement-academy kazakhstan-prosecutor-general
			organisations | filter: {partOf: "us-department-of-state"}                                | slug | inl
			organisations | filter: {name: "УНП"}                                                       | slug | unodc
			organisations | filter: {name: "Academy of Law Enforcement Agencies"}                    | slug | kazakhstan-law-enforcement-academy
			organisations | orderBy: {field: ESTABLISHED_ON}, filter: {basedIn: "UZ"}, first: 1       | slug | uzbekistan-national-commission
			projects      | filter: {organisation: "winrock-international"}                              | slug | safe-migration-in-central-asia
			people        | filter: {organisation: "unodc-regional-office-central-asia"}               | slug | arifa-fatikhova ashita-mittal reda-sirgediene
			people        | filter: {name: "NARBAYEVA"}                                                 | slug | tanzila-narbayeva
			people        | filter: {name: "narbaeva"}                                                  | slug | -
			people        | orderBy: {direction: DESC}, first: 3                                         | slug | tokayev tanzila-narbayeva rodney-ferguson
			conferences   | orderBy: {direction: DESC}                                                  | slug | astana-2023 tashkent-2022 bukhara-2021
			conferences   | filter: {series: "central-asia-tip-conference"}                            | slug | tashkent-2022 astana-2023
			conferences   | filter: {date: {from: "2022-01-01", to: "2022-12-31"}}                      | slug | tashkent-2022
			conferences   | filter: {hostedBy: "uz", actor: "inl"}                                      | slug | bukhara-2021 tashkent-2022
			conferences   | filter: {actor: "KG"}                                                       | slug | tashkent-2022 astana-2023
			conferences   | filter: {city: "ASTANA", title: "partnerships"}                            | slug | astana-2023
			statements    | filter: {event: "bukhara-2021"}                                             | slug | ghada-waly-bukhara-2021 tanzila-narbayeva-bukhara-2021
			statements    | filter: {direct: false, speaker: "ashita-mittal"}                          | slug | ashita-mittal-astana-2023-opening
			statements    | filter: {theme: PREVENTION}, orderBy: {field: SPEAKER}                      | slug | daniel-rosenblum-astana-2023 rodney-ferguson-astana-2023
			declarations  | filter: {title: "bukhara", calledForAt: "bukhara-2021"}                      | slug | bukhara-declaration
			actionPlans   | filter: {country: "kz"}, orderBy: {direction: DESC}                        | slug | kazakhstan-action-plan-2024-2026 kazakhstan-action-plan-2021-2023
			actionPlans   | filter: {activeIn: 2023, scope: NATIONAL}                                  | slug | kazakhstan-action-plan-2021-2023 tajikistan-national-action-plan-2022-2024
			actionPlans   | orderBy: {field: TITLE}                                                     | slug | kazakhstan-action-plan-2021-2023 kazakhstan-action-plan-2024-2026 tajikistan-national-action-plan-2022-2024
			legalInstruments | filter: {kind: [LAW], jurisdiction: "KZ", title: "countering"}          | slug | kazakhstan-law-on-countering-human-trafficking
			legalInstruments | orderBy: {field: ADOPTED_ON, direction: DESC}                            | slug | kazakhstan-law-on-countering-human-trafficking uzbekistan-decree-2019-07-30 unga-resolution-68-192
			legalInstruments | filter: {status: [DRAFT], statusAsOf: "2023-06-01"}                       | slug | kazakhstan-law-on-countering-human-trafficking
			legalInstruments | filter: {status: [DRAFT, UNDER_CONSIDERATION]}                           | slug | -
			commitments   | filter: {theme: PARTNERSHIP, dueDate: {to: "2025-12-31"}, statusNot: [FULFILLED]} | slug | host-central-asia-tip-conference-2024 host-central-asia-tip-conference-2025
			commitments   | orderBy: {field: DUE_DATE}                                                  | slug | host-central-asia-tip-conference-2022 host-central-asia-tip-conference-2023 host-central-asia-tip-conference-2024 host-central-asia-tip-conference-2025 host-central-asia-tip-conference-2026 bukhara-annual-conferences unodc-support-regional-mechanisms
			commitments   | orderBy: {field: DUE_DATE, direction: DESC}                                 | slug | host-central-asia-tip-conference-2026 host-central-asia-tip-conference-2025 host-central-asia-tip-conference-2024 host-central-asia-tip-conference-2023 host-central-asia-tip-conference-2022 unodc-support-regional-mechanisms bukhara-annual-conferences
			commitments   | filter: {kind: [HOST_EVENT], year: {from: 2023, to: 2024}}, orderBy: {field: YEAR, direction: DESC} | slug | host-central-asia-tip-conference-2024 host-central-asia-tip-conference-2023
			commitments   | filter: {status: [FULFILLED], statusAsOf: "2022-12-31"}                    | slug | host-central-asia-tip-conference-2022
			commitments   | filter: {status: [IN_PROGRESS], party: "unodc"}                           | slug | unodc-support-regional-mechanisms
			commitments   | filter: {madeIn: "ashita-mittal-astana-2023"}                             | slug | unodc-support-regional-mechanisms
			commitments   | filter: {text: "host", party: "tm"}                                       | slug | -
			commitments   | filter: {party: "kz"}                                                     | slug | -
			commitments   | filter: {host: "kz"}                                                      | slug | host-central-asia-tip-conference-2023
			commitments   | filter: {host: "kz", basis: [STATED]}                                     | slug | host-central-asia-tip-conference-2023
			commitments   | filter: {party: "bukhara-conference-delegates", year: {from: 2026}}       | slug | host-central-asia-tip-conference-2026
			commitments   | filter: {kind: [HOST_EVENT], status: [UNKNOWN], statusAsOf: "2024-08-01"} | slug | host-central-asia-tip-conference-2024
			commitments   | filter: {kind: [HOST_EVENT], status: [PENDING], statusAsOf: "2024-07-31"} | slug | host-central-asia-tip-conference-2024 host-central-asia-tip-conference-2025 host-central-asia-tip-conference-2026
			commitments   | filter: {dueDate: {from: "2024-07-15", to: "2024-07-15"}}               | slug | host-central-asia-tip-conference-2024
			commitments   | filter: {basis: [INFERRED]}                                               | slug | -
			commitments   | filter: {kind: [COOPERATE, SUPPORT]}, orderBy: {field: TEXT, direction: DESC} | slug | bukhara-annual-conferences unodc-support-regional-mechanisms
			sources       | filter: {textHeld: true}                                                    | slug | unodc-press-release-astana-2023
			sources       | filter: {publisher: "uzdaily"}, orderBy: {field: TITLE, direction: DESC}   | slug | uzdaily-uzbekistan-efforts-2019 uzdaily-tashkent-conference-2022
			sources       | orderBy: {field: PUBLISHED_ON, direction: DESC}, first: 2                  | slug | fundea-world-day-2024 powerlaw-world-day-2022
			statistics    | filter: {year: {from: 2020, to: 2020}}, orderBy: {field: VALUE, direction: DESC} | slug | convicted-women-central-asia-2020 convicted-men-central-asia-2020 convicted-children-central-asia-2020
			statistics    | filter: {measure: "victims", unit: PERCENT}                               | slug | detected-victims-sexual-exploitation-central-asia
			statistics    | filter: {basis: [INFERRED]}                                               | slug | -
			statements    | filter: {basis: [INFERRED]}                                               | slug | ghada-waly-bukhara-2021
			organisations | filter: {kind: [DELEGATES, UN_PRINCIPAL_ORGAN]}                           | slug | bukhara-conference-delegates un-general-assembly
			statistics    | orderBy: {field: YEAR}, filter: {area: "central asia"}, first: 1          | slug | convicted-children-central-asia-2020
			""")
	void listsFilterAndSort(String list, String arguments, String key, String expected) {
		GraphQlTester.Response response = this.graphQl
			.document("{ %s(%s) { edges { node { %s } } totalCount } }".formatted(list, arguments, key))
			.execute();
		response.errors().verify();
		List<String> keys = response.path(list + ".edges[*].node." + key).entityList(String.class).get();
		assertThat(keys).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(" ")));
		int totalCount = response.path(list + ".totalCount").entity(Integer.class).get();
		if (arguments.contains("first:")) {
			assertThat(totalCount).as("all that match, beyond the page").isGreaterThan(keys.size());
		}
		else {
			assertThat(totalCount).as("all that match").isEqualTo(keys.size());
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			commitments(filter: {dueDate: {from: "2026-01-01", to: "2025-01-01"}}) | filter.dueDate
			statistics(filter: {year: {from: 2021, to: 2020}})                     | filter.year
			conferences(filter: {date: {from: "2023-01-01", to: "2022-01-01"}})    | filter.date
			""")
	void aRangeThatRunsBackwardsIsABadRequestNamingIt(String field, String argument) {
		this.graphQl.document("{ " + field + " { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, argument));
	}

}
