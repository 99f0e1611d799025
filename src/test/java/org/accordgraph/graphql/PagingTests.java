package org.accordgraph.graphql;

import java.util.ArrayList;
import java.util.List;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Relay cursor connections: pages forwards and backwards, page information and counts. */
@AccordGraphTest
class PagingTests {

	private static final String COUNTRIES = """
			query($first: Int, $after: String, $last: Int, $before: String) {
			  countries(first: $first, after: $after, last: $last, before: $before) {
			    edges { cursor node { code } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    totalCount
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void pagesForwardsThroughTheWholeListInOrder() {
		List<String> codes = new ArrayList<>();
		String after = null;
		boolean more = true;
		int pages = 0;
		while (more) {
			GraphQlTester.Response page = this.graphQl.document(COUNTRIES)
				.variable("first", 3)
				.variable("after", after)
				.execute();
			codes.addAll(page.path("countries.edges[*].node.code").entityList(String.class).get());
			page.path("countries.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(pages > 0);
			more = page.path("countries.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("countries.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(codes).containsExactly("KZ", "KG", "LT", "TJ", "TM", "US", "UZ");
	}

	@Test
	void pagesBackwardsFromTheEnd() {
		GraphQlTester.Response last = this.graphQl.document(COUNTRIES).variable("last", 2).execute();
		last.path("countries.edges[*].node.code").entityList(String.class).containsExactly("US", "UZ");
		last.path("countries.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		last.path("countries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		String before = last.path("countries.pageInfo.startCursor").entity(String.class).get();

		GraphQlTester.Response previous = this.graphQl.document(COUNTRIES)
			.variable("last", 4)
			.variable("before", before)
			.execute();
		previous.path("countries.edges[*].node.code").entityList(String.class).containsExactly("KG", "LT", "TJ", "TM");
		previous.path("countries.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		previous.path("countries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void totalCountIsTheCountOfTheWholeList() {
		long countries = this.neo4j.query("MATCH (n:Country) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		this.graphQl.document(COUNTRIES)
			.variable("first", 1)
			.execute()
			.path("countries.totalCount")
			.entity(Long.class)
			.isEqualTo(countries);
	}

	@Test
	void anEmptyPageHasNoCursors() {
		GraphQlTester.Response page = this.graphQl.document(COUNTRIES).variable("first", 0).execute();
		page.path("countries.edges").entityList(Object.class).hasSize(0);
		page.path("countries.pageInfo.startCursor").valueIsNull();
		page.path("countries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

}
