package org.accordgraph.graphql;

import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every kind of Node comes back from {@code node(id:)} by the id it carries. */
@AccordGraphTest
class NodeTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource({ "country, Country, KZ", "organisation, Organisation, unodc",
			"project, Project, safe-migration-in-central-asia", "person, Person, reda-sirgediene",
			"conference, Conference, astana-2023", "conferenceSeries, ConferenceSeries, central-asia-tip-conference",
			"observance, Observance, world-day-against-trafficking-in-persons",
			"statement, Statement, daniel-rosenblum-astana-2023", "declaration, Declaration, bukhara-declaration",
			"actionPlan, ActionPlan, kazakhstan-action-plan-2024-2026",
			"legalInstrument, LegalInstrument, kazakhstan-law-on-countering-human-trafficking",
			"commitment, Commitment, host-central-asia-tip-conference-2024",
			"statistic, Statistic, convicted-women-central-asia-2020",
			"source, Source, unodc-press-release-astana-2023" })
	void everyNodeIsFoundByItsId(String lookup, String type, String key) {
		String id = this.graphQl.documentName("node/lookups")
			.execute()
			.errors()
			.verify()
			.path(lookup + ".id")
			.entity(String.class)
			.get();
		this.graphQl.documentName("node/by-id")
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path("node")
			.entity(Map.class)
			.isEqualTo(Map.of("__typename", type, "id", id, "key", key));
	}

}
