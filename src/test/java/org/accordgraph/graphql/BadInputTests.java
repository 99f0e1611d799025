package org.accordgraph.graphql;

import java.util.List;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a GraphQL error with a classification and a message naming the argument, never a
 * stack trace; what names nothing is null where the field allows it.
 */
@AccordGraphTest
public class BadInputTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void unknownSlugsAndCodesAreNull() {
		var response = this.graphQl.document("""
				{ country(code: "XX") { name } organisation(slug: "no-such-body") { name }
				  person(slug: "nobody") { name } conference(slug: "nowhere-1999") { title }
				  declaration(slug: "none") { title } actionPlan(slug: "none") { title }
				  conferenceSeries(slug: "none") { title } commitment(slug: "none") { text } }""")
			.execute();
		response.errors().verify();
		for (String field : List.of("country", "organisation", "person", "conference", "declaration", "actionPlan",
				"conferenceSeries", "commitment")) {
			response.path(field).valueIsNull();
		}
	}

	@Test
	void aMalformedGlobalIdIsABadRequestNamingTheArgument() {
		for (String id : List.of("not base64 at all!", "bm90LWFuLWlk", "VW5rbm93blR5cGU6eA")) {
			this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
				.variable("id", id)
				.execute()
				.errors()
				.satisfy(errors -> assertBadRequest(errors, "id"))
				.path("node")
				.valueIsNull();
		}
	}

	@Test
	void aWellFormedIdOfNothingIsNull() {
		String id = new GlobalId("Country", "XX").encode();
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path("node")
			.valueIsNull();
	}

	@Test
	void aNegativePageSizeIsABadRequestNamingTheArgument() {
		this.graphQl.document("{ countries(first: -1) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "first"));
		this.graphQl.document("{ commitments(last: -5) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "last"));
	}

	@Test
	void aPageSizeAboveTheMaximumIsABadRequestSayingTheMaximum() {
		this.graphQl.document("{ organisations(first: 101) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertBadRequest(errors, "first");
				assertThat(errors.get(0).getMessage()).contains("at most 100");
			});
	}

	@Test
	void aFilterNamingWhatTheGraphDoesNotHoldIsABadRequestNamingIt() {
		this.graphQl.document("""
				query($party: String, $series: String) {
				  commitments(filter: {party: $party, series: $series}) { totalCount edges { node { slug citations { quote } } } }
				}""")
			.variable("party", "no-such-party")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "filter.party"));
		this.graphQl.document("""
				query($series: String) { commitments(filter: {series: $series}, first: 5) { edges { node { slug } } } }""")
			.variable("series", "no-such-series")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "filter.series"));
	}

	@Test
	void aCursorThatIsNotOneIsABadRequest() {
		this.graphQl.document("{ countries(first: 2, after: \"garbage\") { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "after"));
	}

	@Test
	void aCursorOfAnotherListIsABadRequest() {
		String cursor = this.graphQl.document("{ countries(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("countries.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl.document("query($after: String) { organisations(first: 1, after: $after) { totalCount } }")
			.variable("after", cursor)
			.execute()
			.errors()
			.satisfy(errors -> {
				assertBadRequest(errors, "after");
				assertThat(errors.get(0).getMessage()).contains("another list");
			});
	}

	@Test
	void pagingBothWaysAtOnceIsABadRequest() {
		this.graphQl.document("{ countries(first: 2, last: 2) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "last"));
	}

	@Test
	void wrongTypesAreValidationErrorsNamingTheArgument() {
		this.graphQl.document("{ countries(first: \"ten\") { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("ValidationError");
					assertThat(error.getMessage()).contains("'first'");
				});
			});
		this.graphQl.document("query($asOf: Date) { commitment(slug: \"bukhara-annual-conferences\") { status(asOf: $asOf) { status } } }")
			.variable("asOf", "27 July 2023")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("asOf")));
	}

	@Test
	void anUnknownSeriesForTheRotationIsNotFoundNamingTheArgument() {
		this.graphQl.document("{ hostingRotation(series: \"no-such-series\") { year } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).contains("'series'").contains("no-such-series");
			}));
	}

}
