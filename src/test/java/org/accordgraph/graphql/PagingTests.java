package org.accordgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.AfterEach;
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
	void everyPageCountsTheWholeListThoughItsStatementCountsAndPagesAtOnce() {
		String after = null;
		for (int page = 0; page < 4; page++) {
			GraphQlTester.Response response = this.graphQl.document(COUNTRIES)
				.variable("first", 3)
				.variable("after", after)
				.execute();
			response.path("countries.totalCount").entity(Integer.class).isEqualTo(7);
			int rows = List.of(3, 3, 1, 0).get(page);
			response.path("countries.edges").entityList(Object.class).hasSize(rows);
			if (rows > 0) {
				after = response.path("countries.pageInfo.endCursor").entity(String.class).get();
			}
		}
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

	private static final String ORGANISATIONS = """
			query($first: Int, $after: String, $last: Int, $before: String) {
			  organisations(first: $first, after: $after, last: $last, before: $before) {
			    edges { node { slug } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    totalCount
			  }
			}""";

	@AfterEach
	void removeInsertedRows() {
		this.neo4j.query("MATCH (n:Organisation) WHERE n.slug STARTS WITH 'paging-test-' DETACH DELETE n").run();
	}

	@Test
	void cursorsStayValidWhenRowsAreAddedBeforeAndAfterThem() {
		List<String> all = slugs(this.graphQl.document(ORGANISATIONS).variable("first", 100).execute());
		GraphQlTester.Response first = this.graphQl.document(ORGANISATIONS).variable("first", 5).execute();
		String after = first.path("organisations.pageInfo.endCursor").entity(String.class).get();

		insertOrganisation("paging-test-before", "Aaa inserted before the cursor");
		insertOrganisation("paging-test-after", "Zzz inserted after the cursor");

		GraphQlTester.Response rest = this.graphQl.document(ORGANISATIONS)
			.variable("first", 100)
			.variable("after", after)
			.execute();
		List<String> expected = new ArrayList<>(all.subList(5, all.size()));
		expected.add("paging-test-after");
		assertThat(slugs(rest)).isEqualTo(expected);
		rest.path("organisations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		rest.path("organisations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		rest.path("organisations.totalCount").entity(Integer.class).isEqualTo(all.size() + 2);
	}

	@Test
	void backwardCursorsStayValidWhenRowsAreAddedAfterThem() {
		List<String> all = slugs(this.graphQl.document(ORGANISATIONS).variable("first", 100).execute());
		GraphQlTester.Response last = this.graphQl.document(ORGANISATIONS).variable("last", 3).execute();
		assertThat(slugs(last)).isEqualTo(all.subList(all.size() - 3, all.size()));
		String before = last.path("organisations.pageInfo.startCursor").entity(String.class).get();

		insertOrganisation("paging-test-after", "Zzz inserted after the cursor");
		insertOrganisation("paging-test-before", "Aaa inserted before the cursor");

		GraphQlTester.Response previous = this.graphQl.document(ORGANISATIONS)
			.variable("last", 4)
			.variable("before", before)
			.execute();
		assertThat(slugs(previous)).isEqualTo(all.subList(all.size() - 7, all.size() - 3));
		previous.path("organisations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		previous.path("organisations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

		GraphQlTester.Response start = this.graphQl.document(ORGANISATIONS)
			.variable("last", 100)
			.variable("before", previous.path("organisations.pageInfo.startCursor").entity(String.class).get())
			.execute();
		List<String> expected = new ArrayList<>(List.of("paging-test-before"));
		expected.addAll(all.subList(0, all.size() - 7));
		assertThat(slugs(start)).isEqualTo(expected);
		start.path("organisations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
	}

	private void insertOrganisation(String slug, String name) {
		this.neo4j.query("CREATE (:Organisation {slug: $slug, name: $name, kind: 'NGO', citations: ['x']})")
			.bindAll(Map.of("slug", slug, "name", name))
			.run();
	}

	private static List<String> slugs(GraphQlTester.Response response) {
		return response.path("organisations.edges[*].node.slug").entityList(String.class).get();
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
