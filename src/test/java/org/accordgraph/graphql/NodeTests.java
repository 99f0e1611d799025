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
	@CsvSource({ "country(code: \"KZ\"), Country, code, KZ", "organisation(slug: \"unodc\"), Organisation, slug, unodc",
			"project(slug: \"safe-migration-in-central-asia\"), Project, slug, safe-migration-in-central-asia",
			"person(slug: \"reda-sirgediene\"), Person, slug, reda-sirgediene",
			"conference(slug: \"astana-2023\"), Conference, slug, astana-2023",
			"conferenceSeries(slug: \"central-asia-tip-conference\"), ConferenceSeries, slug, central-asia-tip-conference",
			"observance(slug: \"world-day-against-trafficking-in-persons\"), Observance, slug, world-day-against-trafficking-in-persons",
			"statement(slug: \"daniel-rosenblum-astana-2023\"), Statement, slug, daniel-rosenblum-astana-2023",
			"declaration(slug: \"bukhara-declaration\"), Declaration, slug, bukhara-declaration",
			"actionPlan(slug: \"kazakhstan-action-plan-2024-2026\"), ActionPlan, slug, kazakhstan-action-plan-2024-2026",
			"legalInstrument(slug: \"kazakhstan-law-on-countering-human-trafficking\"), LegalInstrument, slug, kazakhstan-law-on-countering-human-trafficking",
			"commitment(slug: \"host-central-asia-tip-conference-2024\"), Commitment, slug, host-central-asia-tip-conference-2024",
			"statistic(slug: \"convicted-women-central-asia-2020\"), Statistic, slug, convicted-women-central-asia-2020",
			"source(slug: \"unodc-press-release-astana-2023\"), Source, slug, unodc-press-release-astana-2023" })
	void everyNodeIsFoundByItsId(String lookup, String type, String keyField, String key) {
		String field = lookup.substring(0, lookup.indexOf('('));
		String id = this.graphQl.document("{ " + lookup + " { id } }")
			.execute()
			.path(field + ".id")
			.entity(String.class)
			.get();
		this.graphQl.document("query($id: ID!) { node(id: $id) { __typename id ... on " + type + " { " + keyField
				+ " } } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path("node")
			.entity(Map.class)
			.isEqualTo(Map.of("__typename", type, "id", id, keyField, key));
	}

}
