package org.accordgraph.graphql;

import org.accordgraph.graphql.GraphQlHttpRequests.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests run in one read transaction: queries that read the graph, and nothing else. */
class ReadTransactionPerQueryTests {

	@ParameterizedTest(name = "{0} (operation {1}): {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			{ country(code: "KZ") { name } }                                           | -     | true
			query Kazakhstan { country(code: "KZ") { name } }                          | -     | true
			{ __typename }                                                             | -     | false
			{ __schema { types { name } } }                                            | -     | false
			{ __typename country(code: "KZ") { name } }                                | -     | true
			mutation { recordAssessment(input: {}) { __typename } }                    | -     | false
			subscription { changes { __typename } }                                    | -     | false
			query A { __typename } mutation B { x }                                    | -     | false
			query A { country(code: "KZ") { name } } mutation B { x }                 | A     | true
			query A { country(code: "KZ") { name } } mutation B { x }                 | B     | false
			query A { country(code: "KZ") { name } }                                   | C     | false
			{ country(code: "KZ") { name }                                             | -     | false
			""")
	void onlyQueriesThatReadTheGraph(String document, String operationName, boolean oneTransaction) {
		assertThat(ReadTransactionPerQuery.readsGraph(new Operation(document, operationName))).isEqualTo(oneTransaction);
	}

}
