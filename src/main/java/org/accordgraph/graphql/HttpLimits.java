package org.accordgraph.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be, checked as it streams in (see {@link RequestBodyLimits}), and
 * how long an import over HTTP may take.
 *
 * @param maxRequestSize the largest body of any request but an import: a GraphQL request, with its
 * variables (a source's full text among them)
 * @param maxImportSize the largest dataset {@code POST /import} takes, as sent and, for a zip, as
 * unpacked; by default a 256th of the heap (4 MB of the default 1 GiB), since an import is
 * checked and written in one transaction, with an entry of the audit trail for each node and
 * relationship, that Neo4j holds in the same heap at about 200 times the file's size (a 4 MB
 * dataset of 29,000 records imports in 1 GiB; one of 8 MB passes Neo4j's limit of a transaction's
 * memory, 70 % of the heap). Larger datasets are imported from the command line, with a heap to match
 * @param importTimeout how long the transaction of an import over HTTP may run; one that runs out
 * changes nothing and is answered with 503
 */
@ConfigurationProperties("accord.http")
public record HttpLimits(@DefaultValue("8MB") DataSize maxRequestSize, DataSize maxImportSize,
		@DefaultValue("10m") Duration importTimeout) {

	/** How many bytes of heap an imported byte takes, with room to spare. */
	static final int HEAP_PER_IMPORTED_BYTE = 256;

	public HttpLimits {
		if (maxImportSize == null) {
			maxImportSize = DataSize.ofBytes(Runtime.getRuntime().maxMemory() / HEAP_PER_IMPORTED_BYTE);
		}
	}

}
