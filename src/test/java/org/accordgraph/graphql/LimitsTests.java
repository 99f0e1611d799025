package org.accordgraph.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.assertBadRequest;
import static org.accordgraph.ApiAssertions.assertRefused;
import static org.accordgraph.ApiAssertions.fragmentFanOut;
import static org.accordgraph.ApiAssertions.nested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Requests over a limit are refused with an error that names the limit and its value. */
class LimitsTests {

	@Nested
	@AccordGraphTest
	class ThroughTheApi {

		@Autowired
		HttpGraphQlTester graphQl;

		@Test
		void aRequestNestedTooDeeplyIsRefused() {
			String deep = "{ organisation(slug: \"inl\") { " + nested("partOf { organisation { ", 6, "name") + " } }";
			this.graphQl.document(deep)
				.execute()
				.errors()
				.satisfy(errors -> {
					assertRefused(errors, "max-depth", "12");
					assertThat(errors.get(0).getMessage()).contains("14 deep");
				});
		}

		@Test
		void aDocumentRefusedOnceIsRefusedEachTimeItIsSent() {
			String deep = "{ organisation(slug: \"inl\") { " + nested("partOf { organisation { ", 6, "name") + " } }";
			for (int time = 0; time < 2; time++) {
				this.graphQl.document(deep).execute().errors().satisfy(errors -> assertRefused(errors, "max-depth", "12"));
				this.graphQl.document("{ organisation(slug: \"inl\") { nickname } }")
					.execute()
					.errors()
					.satisfy(errors -> assertThat(errors).singleElement()
						.satisfies(error -> assertThat(error.getMessage()).contains("nickname")));
			}
		}

		@Test
		void aRequestTooCostlyIsRefused() {
			this.graphQl.document("""
					{ organisations(first: 100) { edges { node {
					    partners { evidence { citations { quote source { title } } } }
					    timeline { citations { quote source { title } } }
					    positions { citations { quote source { title } } }
					    parts { organisation { partners { actor { name } } } } } } } }""")
				.execute()
				.errors()
				.satisfy(errors -> {
					assertRefused(errors, "max-complexity", "50000");
					assertThat(errors.get(0).getMessage()).containsPattern("costs \\d+, more than allowed");
				});
		}

		@Test
		void aFragmentCostsWhereverItIsSpread() {
			String work = "partners { evidence { citations { quote source { title } } } } timeline { citations { quote } }";
			String spread = aliases("organisations(first: 100) { edges { node { ...Work } } }")
					+ " fragment Work on Organisation { " + work + " }";
			String inline = aliases("organisations(first: 100) { edges { node { " + work + " } } }");
			assertThat(costOf(spread)).isEqualTo(costOf(inline)).isGreaterThan(1_000_000);
		}

		@Test
		void aFragmentIsAsDeepAsWhereItIsSpread() {
			this.graphQl.document("""
					{ organisation(slug: "inl") { ...Up
					    partOf { organisation { partOf { organisation { partOf { organisation {
					      partOf { organisation { partOf { organisation { ...Up } } } } } } } } } } } }
					fragment Up on Organisation { partOf { organisation { partOf { organisation { name } } } } }""")
				.execute()
				.errors()
				.satisfy(errors -> {
					assertRefused(errors, "max-depth", "12");
					assertThat(errors.get(0).getMessage()).contains("16 deep");
				});
		}

		private static String aliases(String field) {
			return IntStream.range(0, 40).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
		}

		private long costOf(String document) {
			List<ResponseError> errors = new ArrayList<>();
			this.graphQl.document(document).execute().errors().satisfy(errors::addAll);
			assertRefused(errors, "max-complexity", "50000");
			Matcher cost = Pattern.compile("costs (\\d+),").matcher(errors.get(0).getMessage());
			assertThat(cost.find()).isTrue();
			return Long.parseLong(cost.group(1));
		}

		@Test
		void fragmentsThatSpreadEachOtherTwiceOverAreRefusedBeforeTheyAreExpanded() {
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> this.graphQl.document(fragmentFanOut(30))
				.execute()
				.errors()
				.satisfy(errors -> {
					assertRefused(errors, "max-fields", "2000");
					assertThat(errors.get(0).getMessage()).contains("more than 2000 fields");
				}));
		}

		@Test
		void aliasesCountOneFieldEach() {
			String aliases = IntStream.range(0, 2001).mapToObj(i -> "a" + i + ": __typename")
				.collect(Collectors.joining(" ", "{ ", " }"));
			this.graphQl.document(aliases).execute().errors().satisfy(errors -> assertRefused(errors, "max-fields", "2000"));
			this.graphQl.document(fragmentFanOut(10)).execute().errors().verify();
		}

		@Test
		void aPageOverTheMaximumSizeIsRefusedNamingIt() {
			this.graphQl.document("{ commitments(first: 500) { totalCount } }")
				.execute()
				.errors()
				.satisfy(errors -> {
					assertBadRequest(errors, "first");
					assertThat(errors.get(0).getMessage()).contains("at most 100 (the maximum page size), was 500");
				});
		}

		@Test
		void aRequestWithinTheLimitsIsAnswered() {
			this.graphQl.documentName("questions/q04-kazakhstan").execute().errors().verify();
		}

	}

	/** The time limit, on a schema of its own whose fields take the time a test clock says. */
	@Nested
	class TimeLimit {

		private final AtomicLong now = new AtomicLong();

		private final GraphQL graphQl = GraphQL
			.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
					type Query { slow: String, fast: String }"""), RuntimeWiring.newRuntimeWiring()
				.type("Query", type -> type.dataFetcher("slow", env -> {
					this.now.addAndGet(Duration.ofSeconds(11).toNanos());
					return "done";
				}).dataFetcher("fast", env -> "done"))
				.build()))
			.instrumentation(new RequestLimits.TimeLimit(
					new GraphQlLimits(20, 100, 12, 2000, 50000, 5, Duration.ofSeconds(10), 500, 2, 200, 20, 10), this.now::get))
			.defaultDataFetcherExceptionHandler(parameters -> CompletableFuture.completedFuture(
					DataFetcherExceptionHandlerResult.newResult(((LimitExceededException) parameters.getException())
						.toError(GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment()))).build()))
			.build();

		@Test
		void fieldsFetchedAfterTheTimeLimitAreRefused() {
			ExecutionResult result = this.graphQl.execute("{ slow fast }");
			assertThat(result.getErrors()).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("LIMIT_EXCEEDED");
				assertThat(error.getMessage()).contains("'fast'").contains("accord.graphql.limits.timeout = PT10S");
				assertThat(error.getExtensions()).containsEntry("limit", "timeout");
			});
			Map<String, Object> data = result.getData();
			assertThat(data).containsEntry("slow", "done").containsEntry("fast", null);
		}

		@Test
		void fieldsWithinTheTimeLimitAreAnswered() {
			ExecutionResult result = this.graphQl.execute("{ fast slow }");
			assertThat(result.getErrors()).isEmpty();
		}

	}

}
