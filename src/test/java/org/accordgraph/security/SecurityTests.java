package org.accordgraph.security;

import java.util.Map;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads are open to anyone; nothing else is, yet. Health shows Neo4j's state. */
@AccordGraphTest
class SecurityTests {

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	@Test
	void anyoneCanQueryTheGraph() {
		var response = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "{ country(code: \"UZ\") { name } }"))
			.retrieve()
			.toEntity(Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).isEqualTo(Map.of("data", Map.of("country", Map.of("name", "Uzbekistan"))));
	}

	@Test
	void graphiqlIsServed() {
		var page = this.http.get().uri("/graphiql?path=/graphql").retrieve().toEntity(String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("GraphiQL");
	}

	@Test
	void healthShowsNeo4j() {
		Map<?, ?> health = this.http.get().uri("/actuator/health").retrieve().body(Map.class);
		assertThat(health.get("status")).isEqualTo("UP");
		Map<?, ?> neo4j = (Map<?, ?>) ((Map<?, ?>) health.get("components")).get("neo4j");
		assertThat(neo4j.get("status")).isEqualTo("UP");
		assertThat(((Map<?, ?>) neo4j.get("details")).get("edition")).isEqualTo("community");
	}

	@Test
	void everythingElseIsRefused() {
		assertThat(this.http.get().uri("/actuator/env").retrieve().toBodilessEntity().getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.http.delete().uri("/graphql").retrieve().toBodilessEntity().getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aMalformedRequestIsAClientErrorNotAnEmptyUnauthorized() {
		var response = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ not json")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().is4xxClientError()).isTrue();
		assertThat(response.getStatusCode()).isNotEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
