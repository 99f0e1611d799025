package org.accordgraph.search;

import java.util.Arrays;
import java.util.List;

import org.accordgraph.graphql.GraphQlLimits;
import org.accordgraph.graphql.PageArguments;
import org.accordgraph.graphql.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search(text:, types:, first:)}: full-text search, ranked. */
@Controller
class SearchController {

	private final SearchRepository search;

	private final GraphQlLimits limits;

	SearchController(SearchRepository search, GraphQlLimits limits) {
		this.search = search;
		this.limits = limits;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<SearchType> types, @Argument Integer first) {
		int size = PageRequest.of(new PageArguments(first, null, null, null), this.limits).size();
		List<SearchType> searched = (types == null || types.isEmpty()) ? Arrays.asList(SearchType.values()) : types;
		return this.search.search(SearchText.parse(text), searched, size);
	}

}
