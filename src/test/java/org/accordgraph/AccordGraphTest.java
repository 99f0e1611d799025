package org.accordgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with the embedded Neo4j engine on a free Bolt port and
 * a fresh data directory, the bundled dataset loaded, the {@link QueryCounter}, one front end
 * allowed to call it from another origin, three users who sign in with HTTP Basic, and
 * {@link TestTokens}' key trusted for bearer tokens, room for six subscription connections (four from one
 * address),
 * imports of up to 16 MB (whatever the heap of the machine that runs the build), and briefings that
 * list at most four commitments a list (so that the bundled series has more than a briefing lists). Every
 * integration test uses exactly this configuration, so that one Spring context (and one database)
 * serves the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "accord.neo4j.embedded.data-directory=target/test-data/${random.uuid}",
				"accord.neo4j.embedded.bolt-port=0", "accord.neo4j.embedded.page-cache=64MB",
				"spring.graphql.cors.allowed-origins=" + AccordGraphTest.FRONT_END,
				"accord.security.users.carla.password={noop}" + AccordGraphTest.PASSWORD,
				"accord.security.users.carla.roles=CURATOR",
				"accord.security.users.ada.password={bcrypt}" + AccordGraphTest.BCRYPTED_PASSWORD,
				"accord.security.users.ada.roles=ADMIN",
				"accord.security.users.rita.password={noop}" + AccordGraphTest.PASSWORD,
				"spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.PUBLIC_KEY_LOCATION,
				"accord.graphql.limits.max-subscription-connections=6",
				"accord.graphql.limits.max-subscription-connections-per-client=4", "accord.http.max-import-size=16MB",
				"accord.briefings.max-commitments=4" })
@AutoConfigureHttpGraphQlTester
@Import({ QueryCounter.class, TestTokens.class })
public @interface AccordGraphTest {

	/** The one origin other than its own that the service under test accepts requests from. */
	String FRONT_END = "http://front-end.test:3000";

	/** The password of the test users: carla (CURATOR), ada (ADMIN) and rita (no role: she may only read). */
	String PASSWORD = "test-password";

	/** {@link #PASSWORD}, as BCrypt encodes it, for ada. */
	String BCRYPTED_PASSWORD = "$2a$10$j7IqgB7xnWmyPfKvCS4bAeSYMfU000cVw6FmeoTXVDXJa40qQ8QCm";

}
