package org.accordgraph.graphql;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import graphql.ErrorClassification;
import jakarta.servlet.http.HttpServletResponse;
import org.accordgraph.graphql.ApiQueries.ApiQueryException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The bad requests of the {@link ApiPage} controllers, answered as a GraphQL response with one
 * error naming the parameter: a bad parameter is 400, a key of nothing 404, and an error the API
 * answered to the page's own query keeps its classification.
 */
@RestControllerAdvice(annotations = ApiPage.class)
class ApiPageErrors {

	private final JsonMapper json;

	ApiPageErrors(JsonMapper json) {
		this.json = json;
	}

	@ExceptionHandler(InvalidArgumentException.class)
	void badRequest(InvalidArgumentException ex, HttpServletResponse response) throws IOException {
		HttpErrorResponse.write(response, this.json, HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, ex.getMessage(),
				Map.of("parameter", ex.argument()));
	}

	/** A parameter Spring could not read as its type, such as a day that is not a date. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadable(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		String expected = (ex.getRequiredType() == LocalDate.class) ? "a date such as 2024-12-31"
				: "a " + ((ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "value of its type");
		badRequest(new InvalidArgumentException(ex.getName(), "'" + ex.getValue() + "' is not " + expected), response);
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(NotFoundException ex, HttpServletResponse response) throws IOException {
		HttpErrorResponse.write(response, this.json, HttpStatus.NOT_FOUND, ErrorType.NOT_FOUND, ex.getMessage(),
				Map.of("parameter", ex.argument()));
	}

	@ExceptionHandler(ApiQueryException.class)
	void refused(ApiQueryException ex, HttpServletResponse response) throws IOException {
		HttpStatus status = switch (ex.classification()) {
			case "BAD_REQUEST" -> HttpStatus.BAD_REQUEST;
			case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
			case "UNAUTHORIZED" -> HttpStatus.UNAUTHORIZED;
			case "FORBIDDEN" -> HttpStatus.FORBIDDEN;
			case "LIMIT_EXCEEDED" -> HttpStatus.UNPROCESSABLE_CONTENT;
			default -> HttpStatus.INTERNAL_SERVER_ERROR;
		};
		HttpErrorResponse.write(response, this.json, status, ErrorClassification.errorClassification(ex.classification()),
				ex.getMessage(), Map.of());
	}

}
