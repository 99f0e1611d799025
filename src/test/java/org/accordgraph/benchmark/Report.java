package org.accordgraph.benchmark;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.accordgraph.benchmark.Harness.Load;
import org.accordgraph.benchmark.Harness.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The harness's figures as a table, a CSV file and a chart of latency against scale. */
final class Report {

	private static final String HEADER = "operation,scale,clients,graphql_rps,graphql_p50_ms,graphql_p95_ms,graphql_p99_ms,"
			+ "graphql_errors,cypher_rps,cypher_p50_ms,cypher_p95_ms,cypher_p99_ms,cypher_errors,p50_ratio,"
			+ "graphql_gc_ms,graphql_jit_ms,cypher_gc_ms,cypher_jit_ms";

	private Report() {
	}

	static String line(Row row) {
		return String.format(Locale.ROOT,
				"%-48s %9d %3d | %8.1f/s %8.2f %8.2f %8.2f %4d err | %8.1f/s %8.2f %8.2f %8.2f | %6.2f | gc %d/%d ms, jit %d/%d ms",
				row.operation(), row.scale(), row.clients(), row.graphQl().perSecond(), row.graphQl().p50(),
				row.graphQl().p95(), row.graphQl().p99(), row.graphQl().errors(), row.cypher().perSecond(),
				row.cypher().p50(), row.cypher().p95(), row.cypher().p99(), row.ratio(), row.graphQl().gcMillis(),
				row.cypher().gcMillis(), row.graphQl().compileMillis(), row.cypher().compileMillis());
	}

	static void write(Path folder, List<Row> rows, List<Load> loads) throws IOException {
		Files.createDirectories(folder);
		List<String> csv = new ArrayList<>(List.of(HEADER));
		for (Row row : rows) {
			csv.add(String.format(Locale.ROOT, "\"%s\",%d,%d,%.1f,%.3f,%.3f,%.3f,%d,%.1f,%.3f,%.3f,%.3f,%d,%.2f,%d,%d,%d,%d",
					row.operation(), row.scale(), row.clients(), row.graphQl().perSecond(), row.graphQl().p50(),
					row.graphQl().p95(), row.graphQl().p99(), row.graphQl().errors(), row.cypher().perSecond(),
					row.cypher().p50(), row.cypher().p95(), row.cypher().p99(), row.cypher().errors(), row.ratio(),
					row.graphQl().gcMillis(), row.graphQl().compileMillis(), row.cypher().gcMillis(),
					row.cypher().compileMillis()));
		}
		Files.write(folder.resolve("benchmark.csv"), csv);
		List<String> markdown = new ArrayList<>(List.of(
				"| operation | nodes | clients | GraphQL req/s | p50 ms | p95 | p99 | errors | Cypher req/s | p50 ms | p95 | p99 | p50 ratio |",
				"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
		for (Row row : rows) {
			markdown.add(String.format(Locale.ROOT, "| %s | %,d | %d | %.0f | %.2f | %.2f | %.2f | %d | %.0f | %.2f | %.2f | %.2f | %.2f |",
					row.operation(), row.scale(), row.clients(), row.graphQl().perSecond(), row.graphQl().p50(),
					row.graphQl().p95(), row.graphQl().p99(), row.graphQl().errors(), row.cypher().perSecond(),
					row.cypher().p50(), row.cypher().p95(), row.cypher().p99(), row.ratio()));
		}
		markdown.add("");
		markdown.add("| nodes aimed at | nodes written | relationships | bulk load (s) | nodes/s | its heap at most (MB) | of which reading (s) | mapping and checking (s) | plain UNWIND of the same rows (s) | heap used after the reads (MB) | resident (MB) | restart on it (s) | mixed load until compiled (s) |");
		markdown.add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		for (Load load : loads) {
			markdown.add(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.1f | %,.0f | %s | %.1f | %.1f | %.1f | %,d | %,d | %.1f | %d |",
					load.scale(), load.nodes(), load.plain().relationships(), load.seconds(), load.nodesPerSecond(),
					(load.loadPeakHeapMb() < 0) ? "–" : String.format(Locale.ROOT, "%,d", load.loadPeakHeapMb()),
					load.plain().reading(), load.plain().mapping(), load.plain().plainWriting(), load.heapUsedMb(),
					load.residentMb(), load.restartSeconds(), load.warmedInSeconds()));
		}
		Files.write(folder.resolve("benchmark.md"), markdown);
		chart(folder.resolve("latency-by-scale.png"), rows);
	}

	/** p50 at one client against scale, GraphQL solid and Cypher dashed, one colour per operation. */
	private static void chart(Path file, List<Row> rows) throws IOException {
		Map<String, XYSeries[]> byOperation = new TreeMap<>();
		for (Row row : rows) {
			if (row.clients() != 1) {
				continue;
			}
			XYSeries[] series = byOperation.computeIfAbsent(row.operation(),
					name -> new XYSeries[] { new XYSeries(name + " (GraphQL)"), new XYSeries(name + " (Cypher)") });
			series[0].add(row.scale(), row.graphQl().p50());
			series[1].add(row.scale(), row.cypher().p50());
		}
		XYSeriesCollection data = new XYSeriesCollection();
		byOperation.values().forEach(series -> {
			data.addSeries(series[0]);
			data.addSeries(series[1]);
		});
		JFreeChart chart = ChartFactory.createXYLineChart("p50 latency at one client", "nodes", "ms", data,
				PlotOrientation.VERTICAL, true, false, false);
		XYPlot plot = chart.getXYPlot();
		plot.setDomainAxis(new LogAxis("nodes"));
		plot.setRangeAxis(new LogAxis("p50 latency (ms)"));
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		for (int i = 0; i < data.getSeriesCount(); i++) {
			if (i % 2 == 1) {
				renderer.setSeriesStroke(i, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
						new float[] { 6f, 4f }, 0f));
				renderer.setSeriesPaint(i, plot.getDrawingSupplier().getNextPaint());
				renderer.setSeriesPaint(i - 1, renderer.getSeriesPaint(i));
			}
		}
		plot.setRenderer(renderer);
		ChartUtils.saveChartAsPNG(file.toFile(), chart, 1200, 800);
	}

}
