package org.accordgraph.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.accordgraph.AccordGraphTest;
import org.accordgraph.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.accordgraph.ApiAssertions.assertHttpError;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People sign in with HTTP Basic (users from {@code accord.security.users}) or with a bearer
 * token signed by the trusted key, and {@code viewer} says who they are and which roles they
 * hold; a wrong password or a bad token is refused with 401 and a GraphQL error that says why.
 */
@AccordGraphTest
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

	private static final String VIEWER = "{\"query\": \"{ viewer { name roles } }\"}";

	@LocalServerPort
	int port;

	@Test
	void aCuratorSignsInWithHttpBasic() {
		assertThat(viewer(basic("carla", AccordGraphTest.PASSWORD))).isEqualTo(Map.of("name", "carla", "roles",
				List.of("CURATOR")));
	}

	@Test
	void anAdministratorWithABcryptPasswordIsAlsoACurator() {
		assertThat(viewer(basic("ada", AccordGraphTest.PASSWORD))).isEqualTo(Map.of("name", "ada", "roles",
				List.of("CURATOR", "ADMIN")));
	}

	@Test
	void someoneWithoutARoleIsSignedInToReadOnly() {
		assertThat(viewer(basic("rita", AccordGraphTest.PASSWORD))).isEqualTo(Map.of("name", "rita", "roles", List.of()));
	}

	@Test
	void noOneIsSignedInWithoutCredentials() {
		HttpResponse<String> response = send(this.port, "POST", "/graphql", VIEWER, "Content-Type", "application/json");
		assertThat(response.body()).isEqualTo("{\"data\":{\"viewer\":null}}");
	}

	@Test
	void aWrongPasswordOrAnUnknownUserIsRefused() {
		for (String credentials : List.of(basic("carla", "guess"), basic("mallory", AccordGraphTest.PASSWORD))) {
			HttpResponse<String> refused = post(credentials);
			assertHttpError(refused, 401, "UNAUTHORIZED", "The user name or password is wrong");
			assertThat(refused.body()).isEqualTo("{\"errors\":[{\"message\":\"The user name or password is wrong\","
					+ "\"extensions\":{\"classification\":\"UNAUTHORIZED\",\"status\":401}}]}");
			assertThat(refused.headers().allValues("WWW-Authenticate")).contains("Basic realm=\"Accord Graph\"", "Bearer");
		}
	}

	@Test
	void aRememberedSignInDoesNotLetAnotherPasswordIn() {
		for (int i = 0; i < 3; i++) {
			assertThat(viewer(basic("ada", AccordGraphTest.PASSWORD))).containsEntry("name", "ada");
		}
		assertHttpError(post(basic("ada", AccordGraphTest.PASSWORD + "!")), 401, "UNAUTHORIZED",
				"The user name or password is wrong");
		assertHttpError(post(basic("carla", AccordGraphTest.PASSWORD.substring(1))), 401, "UNAUTHORIZED",
				"The user name or password is wrong");
	}

	@Test
	void aBearerTokenSignsInWithTheRolesOfItsClaim() {
		assertThat(viewer("Bearer " + TestTokens.token("kim@ministry.example", "CURATOR")))
			.isEqualTo(Map.of("name", "token:kim@ministry.example", "roles", List.of("CURATOR")));
		assertThat(viewer("Bearer " + TestTokens.token("lee@ministry.example", "ADMIN")))
			.isEqualTo(Map.of("name", "token:lee@ministry.example", "roles", List.of("CURATOR", "ADMIN")));
	}

	@Test
	void anExpiredTokenIsRefused() {
		HttpResponse<String> refused = post("Bearer " + TestTokens.expiredToken("kim@ministry.example", "CURATOR"));
		assertHttpError(refused, 401, "UNAUTHORIZED", "expired");
		assertThat(refused.headers().allValues("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
	}

	@Test
	void aTokenSignedByAnotherKeyIsRefused() {
		assertHttpError(post("Bearer " + TestTokens.tokenSignedByAnotherKey("kim@ministry.example", "ADMIN")), 401,
				"UNAUTHORIZED", "The bearer token was refused");
	}

	@Test
	void theStartUpLogWarnsWhenNoOneCanSignIn(CapturedOutput output) {
		new SignInReport(new SignInProperties(Map.of(), false, 5, java.time.Duration.ofMinutes(5)),
				new StaticListableBeanFactory().getBeanProvider(JwtDecoder.class))
			.report();
		assertThat(output).contains("No one can sign in", "every change is refused");
	}

	private HttpResponse<String> post(String authorization) {
		return send(this.port, "POST", "/graphql", VIEWER, "Content-Type", "application/json", "Authorization",
				authorization);
	}

	private Map<String, Object> viewer(String authorization) {
		HttpResponse<String> response = post(authorization);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonPath.read(response.body(), "$.data.viewer");
	}

}
