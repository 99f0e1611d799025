package org.accordgraph.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body as it streams in: a body that says it is larger than its limit is
 * refused before a byte of it is read, and one that grows past its limit (sent in chunks, without
 * a length) is refused as soon as it does; both with 413 and an error naming the limit (see
 * {@link HttpLimits}).
 */
public final class RequestBodyLimits extends OncePerRequestFilter {

	/** The path of imports, which take a whole dataset. */
	private static final String IMPORT = "/import";

	/** What an administrator does with a dataset larger than an import over HTTP takes. */
	static final String LARGER_DATASETS = ": import a larger dataset in parts, or from the command line with a heap to "
			+ "match (java -Xmx4g -jar accord-graph.jar import DIR); or, if it is larger than one transaction holds, "
			+ "load it into an empty database with 'java -jar accord-graph.jar import DIR --bulk'";

	private final HttpLimits limits;

	private final JsonMapper json;

	public RequestBodyLimits(HttpLimits limits, JsonMapper json) {
		this.limits = limits;
		this.json = json;
	}

	/** A body over its limit, found while it was read. */
	public static final class TooLarge extends UncheckedIOException {

		private final String limit;

		private final DataSize value;

		public TooLarge(String limit, DataSize value, String what) {
			super(what + " is larger than " + value.toMegabytes() + " MB (limit " + limit + " = " + shown(value) + ")"
					+ (limit.endsWith("import-size") ? LARGER_DATASETS : ""), new IOException("over the limit"));
			this.limit = limit;
			this.value = value;
		}

		/** A size as a setting would give it: {@code 16MB} rather than {@code 16777216B}. */
		static String shown(DataSize size) {
			return (size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) ? size.toMegabytes() + "MB" : size.toString();
		}

		/** Answers the request with 413 and the error, unless the answer has begun. */
		public void writeTo(HttpServletResponse response, JsonMapper json) throws IOException {
			if (!response.isCommitted()) {
				response.reset();
				response.setHeader("Connection", "close");
				HttpErrorResponse.write(response, json, HttpStatus.CONTENT_TOO_LARGE,
						LimitExceededException.Classification.LIMIT_EXCEEDED, getMessage(),
						java.util.Map.of("limit", this.limit, "value", shown(this.value)));
			}
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean importing = IMPORT.equals(request.getRequestURI().substring(request.getContextPath().length()));
		String limit = importing ? "accord.http.max-import-size" : "accord.http.max-request-size";
		DataSize max = importing ? this.limits.maxImportSize() : this.limits.maxRequestSize();
		try {
			if (request.getContentLengthLong() > max.toBytes()) {
				throw new TooLarge(limit, max, "The request body");
			}
			chain.doFilter(new Bounded(request, max.toBytes(), limit, max), response);
		}
		catch (TooLarge tooLarge) {
			tooLarge.writeTo(response, this.json);
		}
		catch (ServletException | RuntimeException ex) {
			TooLarge tooLarge = cause(ex);
			if (tooLarge == null) {
				throw ex;
			}
			tooLarge.writeTo(response, this.json);
		}
	}

	/** The body's refusal, where a framework wrapped it on its way out. */
	private static TooLarge cause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLarge tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	/** The request whose body stops at the limit. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final long max;

		private final String limit;

		private final DataSize value;

		private ServletInputStream body;

		Bounded(HttpServletRequest request, long max, String limit, DataSize value) {
			super(request);
			this.max = max;
			this.limit = limit;
			this.value = value;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.body == null) {
				this.body = new Counted(super.getInputStream());
			}
			return this.body;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

		private final class Counted extends ServletInputStream {

			private final ServletInputStream in;

			private long read;

			Counted(ServletInputStream in) {
				this.in = in;
			}

			@Override
			public int read() throws IOException {
				int b = this.in.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = this.in.read(buffer, offset, length);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(int n) {
				this.read += n;
				if (this.read > Bounded.this.max) {
					throw new TooLarge(Bounded.this.limit, Bounded.this.value, "The request body");
				}
			}

			@Override
			public boolean isFinished() {
				return this.in.isFinished();
			}

			@Override
			public boolean isReady() {
				return this.in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				this.in.setReadListener(listener);
			}

		}

	}

}
