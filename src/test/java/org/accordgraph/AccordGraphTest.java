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
 * a fresh data directory, the bundled dataset loaded, the {@link QueryCounter}, and one front end
 * allowed to call it from another origin. Every
 * integration test uses exactly this configuration, so that one Spring context (and one database)
 * serves the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "accord.neo4j.embedded.data-directory=target/test-data/${random.uuid}",
				"accord.neo4j.embedded.bolt-port=0", "accord.neo4j.embedded.page-cache=64MB",
				"spring.graphql.cors.allowed-origins=" + AccordGraphTest.FRONT_END })
@AutoConfigureHttpGraphQlTester
@Import(QueryCounter.class)
public @interface AccordGraphTest {

	/** The one origin other than its own that the service under test accepts requests from. */
	String FRONT_END = "http://front-end.test:3000";

}
