package org.accordgraph.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be, checked as it streams in (see {@link RequestBodyLimits}).
 *
 * @param maxRequestSize the largest body of any request but an import: a GraphQL request, with its
 * variables (a source's full text among them)
 * @param maxImportSize the largest dataset {@code POST /import} takes, as sent and, for a zip, as
 * unpacked; by default a twentieth of the heap (51 MB of the default 1 GiB), since an import is
 * checked and written in one transaction that holds it all in memory, at about ten times its size
 */
@ConfigurationProperties("accord.http")
public record HttpLimits(@DefaultValue("8MB") DataSize maxRequestSize, DataSize maxImportSize) {

	/** The import's default share of the heap. */
	static final int HEAP_PER_IMPORTED_BYTE = 20;

	public HttpLimits {
		if (maxImportSize == null) {
			maxImportSize = DataSize.ofBytes(Runtime.getRuntime().maxMemory() / HEAP_PER_IMPORTED_BYTE);
		}
	}

}
