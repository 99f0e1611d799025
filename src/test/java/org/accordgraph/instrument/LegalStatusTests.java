package org.accordgraph.instrument;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** A law's status on a day is the latest assessment on or before it. */
@AccordGraphTest
class LegalStatusTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource({ "2023-05-10, ", "2023-05-11, DRAFT", "2023-07-26, DRAFT", "2023-07-27, UNDER_CONSIDERATION",
			"2024-07-04, UNDER_CONSIDERATION", "2024-07-05, ADOPTED", "2030-01-01, ADOPTED" })
	void theStatusOfTheKazakhLawOnADay(String asOf, String status) {
		var response = this.graphQl
			.document("""
					query($asOf: Date) {
					  legalInstrument(slug: "kazakhstan-law-on-countering-human-trafficking") { status(asOf: $asOf) { status } }
					}""")
			.variable("asOf", asOf)
			.execute();
		if (status == null) {
			response.path("legalInstrument.status").valueIsNull();
		}
		else {
			response.path("legalInstrument.status.status").entity(String.class).isEqualTo(status);
		}
	}

}
