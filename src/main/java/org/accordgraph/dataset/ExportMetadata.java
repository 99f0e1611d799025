package org.accordgraph.dataset;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * What every research export says of itself, so that a file read months later still tells where
 * it came from: the service and its version, when it was exported, the day its facts are as of,
 * the data's licence, and how its ids and citations join.
 */
@Component
class ExportMetadata {

	/** How a fact's citations join the passages they name, in words for the file's reader. */
	static final String CITATIONS = "A fact's `citations` is a JSON array of citation keys; each key K is the node"
			+ " `Citation:K` (its quote, whether it is verbatim, a curator's note), and the FROM_SOURCE relationship from"
			+ " it leads to its `Source` (title, publisher, url, publishedOn).";

	static final String IDS = "A node's id is its label and key, `Label:key`, as the API's audit trail names it;"
			+ " a relationship goes from `source` to `target`.";

	private final String version;

	private final String licence;

	private final Clock clock;

	ExportMetadata(ObjectProvider<BuildProperties> build,
			@Value("${accord.export.licence:CC-BY-4.0}") String licence) {
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? properties.getVersion() : "development";
		this.licence = licence;
		this.clock = Clock.systemUTC();
	}

	/** The metadata of an export made now, in the order a reader meets it. */
	Map<String, String> now() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("service", "Accord Graph");
		metadata.put("version", this.version);
		metadata.put("exportedAt", now.toString());
		metadata.put("asOf", LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
		metadata.put("licence", this.licence);
		metadata.put("ids", IDS);
		metadata.put("citations", CITATIONS);
		return metadata;
	}

}
