package org.accordgraph.graphql;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A request refused before GraphQL runs (by the check on requests, or by sign-in), answered as the
 * GraphQL endpoint answers: the status, and one GraphQL error with its message first and its
 * classification, status and any further details in its extensions.
 */
public final class HttpErrorResponse {

	private HttpErrorResponse() {
	}

	public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status,
			ErrorClassification classification, String message, Map<String, Object> details) throws IOException {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification.toString());
		extensions.put("status", status.value());
		extensions.putAll(details);
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", extensions);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
	}

}
