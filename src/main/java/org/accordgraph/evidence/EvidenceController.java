package org.accordgraph.evidence;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.accordgraph.evidence.EvidenceLists.SourceFilter;
import org.accordgraph.evidence.EvidenceLists.SourceOrder;
import org.accordgraph.evidence.EvidenceLists.StatisticFilter;
import org.accordgraph.evidence.EvidenceLists.StatisticOrder;
import org.accordgraph.graphql.Connection;
import org.accordgraph.graphql.GraphQlLimits;
import org.accordgraph.graphql.PageArguments;
import org.accordgraph.graphql.PageRequest;
import org.accordgraph.graphql.Selection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static org.accordgraph.graphql.BatchResults.byParent;
import static org.accordgraph.graphql.BatchResults.keys;

/** Sources, their texts, and statistics. */
@Controller
class EvidenceController {

	private final EvidenceRepository evidence;

	private final GraphQlLimits limits;

	EvidenceController(EvidenceRepository evidence, GraphQlLimits limits) {
		this.evidence = evidence;
		this.limits = limits;
	}

	@QueryMapping
	Source source(@Argument String slug) {
		return this.evidence.source(slug).orElse(null);
	}

	@QueryMapping
	Connection<Source> sources(@Argument SourceFilter filter, @Argument SourceOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.evidence.sources(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@BatchMapping
	Map<Source, String> text(List<Source> sources) {
		return byParent(sources, Source::slug, this.evidence.texts(keys(sources, Source::slug)));
	}

	@QueryMapping
	Statistic statistic(@Argument String slug, DataFetchingEnvironment env) {
		return this.evidence.statistic(slug, Selection.of(env)).orElse(null);
	}

	@QueryMapping
	Connection<Statistic> statistics(@Argument StatisticFilter filter, @Argument StatisticOrder orderBy,
			@Arguments PageArguments page, DataFetchingEnvironment env) {
		return this.evidence.statistics(filter, orderBy, PageRequest.of(page, this.limits), Selection.of(env));
	}

	@BatchMapping
	Map<Statistic, SourceLink> reportedIn(List<Statistic> statistics) {
		return byParent(statistics, Statistic::slug, this.evidence.reports(keys(statistics, Statistic::slug)));
	}

}
