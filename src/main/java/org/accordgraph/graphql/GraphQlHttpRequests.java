package org.accordgraph.graphql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks that a request to the GraphQL endpoint is one that the GraphQL-over-HTTP specification
 * allows before the framework reads it, and answers one that is not with a 4xx status and a
 * GraphQL response that says what is wrong: a method other than POST (405, with {@code Allow}), a
 * body that is not JSON (415), an answer the client cannot accept (406), or a body that is not a
 * JSON object with a {@code query} string and, optionally, an {@code operationName} string and
 * {@code variables} and {@code extensions} objects (400). A CORS preflight that reaches it was
 * not approved for its origin (403).
 */
class GraphQlHttpRequests extends OncePerRequestFilter {

	private static final List<MediaType> ANSWERS = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM);

	/** The request attribute that holds the {@link Operation} of a well-formed request. */
	static final String OPERATION = GraphQlHttpRequests.class.getName() + ".operation";

	/** The document of a well-formed request, and the name of the operation to run if it gave one. */
	record Operation(String document, String name) {
	}

	private final String path;

	private final JsonMapper json;

	GraphQlHttpRequests(String path, JsonMapper json) {
		this.path = path;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(checked(request), response);
		}
		catch (BadHttpRequest refused) {
			refused.writeTo(response, this.json);
		}
	}

	private HttpServletRequest checked(HttpServletRequest request) throws IOException {
		if (CorsUtils.isPreFlightRequest(request)) {
			throw new BadHttpRequest(HttpStatus.FORBIDDEN, null, "Cross-origin requests from "
					+ request.getHeader(HttpHeaders.ORIGIN)
					+ " are not allowed here (the service's spring.graphql.cors.allowed-origins does not list it)");
		}
		if (!HttpMethod.POST.matches(request.getMethod())) {
			throw new BadHttpRequest(HttpStatus.METHOD_NOT_ALLOWED, null,
					"GraphQL requests are sent with POST, not " + request.getMethod());
		}
		checkContentType(request.getContentType());
		checkAccept(request.getHeader(HttpHeaders.ACCEPT));
		byte[] body = request.getInputStream().readAllBytes();
		JsonNode checked = checkBody(body);
		JsonNode operationName = checked.get("operationName");
		request.setAttribute(OPERATION, new Operation(checked.get("query").asString(),
				(operationName != null && !operationName.isNull()) ? operationName.asString() : null));
		return new ReadAgain(request, body);
	}

	private static void checkContentType(String contentType) {
		MediaType type = (contentType != null) ? parse(contentType) : null;
		if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isWildcardSubtype()) {
			throw new BadHttpRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
					"The request body must be sent as 'Content-Type: application/json', not "
							+ ((contentType != null) ? "'" + contentType + "'" : "without a Content-Type"));
		}
	}

	private static void checkAccept(String accept) {
		if (accept == null) {
			return;
		}
		List<MediaType> accepted = parseAll(accept);
		if (accepted.stream().noneMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith))) {
			throw new BadHttpRequest(HttpStatus.NOT_ACCEPTABLE, null, "The service answers with "
					+ "application/graphql-response+json or application/json, which 'Accept: " + accept
					+ "' does not allow");
		}
	}

	private JsonNode checkBody(byte[] body) {
		if (body.length == 0) {
			throw badBody(null, "The request body is empty: send a JSON object with a 'query'");
		}
		JsonNode request;
		try {
			request = this.json.readTree(body);
		}
		catch (JacksonException notJson) {
			throw badBody(null, "The request body is not JSON: " + notJson.getOriginalMessage());
		}
		if (request == null || !request.isObject()) {
			throw badBody(null, "The request body must be a JSON object with a 'query', not "
					+ describe(request));
		}
		JsonNode query = request.get("query");
		if (query == null || query.isNull()) {
			throw badBody("query", "The request has no 'query': send the GraphQL document as a string in 'query'");
		}
		checkMember(request, "query", JsonNode::isString, "a string");
		checkMember(request, "operationName", JsonNode::isString, "a string or null");
		checkMember(request, "variables", JsonNode::isObject, "an object or null");
		checkMember(request, "extensions", JsonNode::isObject, "an object or null");
		return request;
	}

	private static void checkMember(JsonNode request, String name, Predicate<JsonNode> wellFormed, String expected) {
		JsonNode member = request.get(name);
		if (member != null && !member.isNull() && !wellFormed.test(member)) {
			throw badBody(name, "'" + name + "' must be " + expected + ", not " + describe(member));
		}
	}

	private static String describe(JsonNode value) {
		if (value == null || value.isMissingNode() || value.isNull()) {
			return "null";
		}
		return switch (value.getNodeType()) {
			case ARRAY -> "an array";
			case STRING -> "a string";
			case NUMBER -> "a number";
			case BOOLEAN -> "a boolean";
			case OBJECT -> "an object";
			default -> value.getNodeType().toString().toLowerCase();
		};
	}

	private static BadHttpRequest badBody(String member, String message) {
		return new BadHttpRequest(HttpStatus.BAD_REQUEST, member, message);
	}

	private static MediaType parse(String mediaType) {
		try {
			return MediaType.parseMediaType(mediaType);
		}
		catch (InvalidMediaTypeException invalid) {
			throw new BadHttpRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
					"'" + mediaType + "' is not a media type: send 'Content-Type: application/json'");
		}
	}

	private static List<MediaType> parseAll(String mediaTypes) {
		try {
			return MediaType.parseMediaTypes(mediaTypes);
		}
		catch (InvalidMediaTypeException invalid) {
			throw new BadHttpRequest(HttpStatus.BAD_REQUEST, null, "'Accept: " + mediaTypes + "' is not a list of media types");
		}
	}

	/** A refused request: its status, the member of the body at fault if any, and why. */
	private static final class BadHttpRequest extends RuntimeException {

		private final HttpStatus status;

		private final String member;

		BadHttpRequest(HttpStatus status, String member, String message) {
			super(message, null, false, false);
			this.status = status;
			this.member = member;
		}

		void writeTo(HttpServletResponse response, JsonMapper json) throws IOException {
			if (this.status == HttpStatus.METHOD_NOT_ALLOWED) {
				response.setHeader(HttpHeaders.ALLOW, HttpMethod.POST.name());
			}
			if (this.status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
				response.setHeader("Accept-Post", MediaType.APPLICATION_JSON_VALUE);
			}
			HttpErrorResponse.write(response, json, this.status,
					(this.status == HttpStatus.FORBIDDEN) ? ErrorType.FORBIDDEN : ErrorType.BAD_REQUEST, getMessage(),
					(this.member != null) ? Map.of("field", this.member) : Map.of());
		}

	}

	/** The request with its body, already read, to be read again. */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = (getCharacterEncoding() != null) ? Charset.forName(getCharacterEncoding())
					: StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
