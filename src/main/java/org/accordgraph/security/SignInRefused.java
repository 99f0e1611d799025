package org.accordgraph.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accordgraph.graphql.HttpErrorResponse;
import org.accordgraph.graphql.LimitExceededException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request whose sign-in failed, or that needs one, with 401, the challenges a client
 * may answer ({@code Basic} and, where tokens are accepted, {@code Bearer}), and a GraphQL error
 * classified {@code UNAUTHORIZED} that says what was wrong, as the GraphQL endpoint answers every
 * other refusal; one refused unchecked after too many wrong passwords, with 429 and
 * {@code Retry-After}.
 */
class SignInRefused implements AuthenticationEntryPoint {

	private final JsonMapper json;

	private final boolean acceptsTokens;

	SignInRefused(JsonMapper json, boolean acceptsTokens) {
		this.json = json;
		this.acceptsTokens = acceptsTokens;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
			throws IOException {
		if (refused instanceof SignInThrottle.Throttled throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()));
			HttpErrorResponse.write(response, this.json, HttpStatus.TOO_MANY_REQUESTS,
					LimitExceededException.Classification.LIMIT_EXCEEDED, throttled.getMessage(),
					Map.of("limit", "max-failed-sign-ins"));
			return;
		}
		String message;
		if (refused instanceof BadCredentialsException) {
			message = "The user name or password is wrong";
		}
		else if (refused instanceof InvalidBearerTokenException) {
			message = "The bearer token was refused: " + refused.getMessage();
		}
		else {
			message = "Sign in to read the knowledge base: HTTP Basic"
					+ (this.acceptsTokens ? " or a bearer token" : "");
		}
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Accord Graph\"");
		if (this.acceptsTokens) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, (refused instanceof InvalidBearerTokenException)
					? "Bearer error=\"invalid_token\"" : "Bearer");
		}
		HttpErrorResponse.write(response, this.json, HttpStatus.UNAUTHORIZED, ErrorType.UNAUTHORIZED, message, Map.of());
	}

}
