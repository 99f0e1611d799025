package org.accordgraph.neo4j;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The service against an external Neo4j server (the neo4j:5.26 image), the embedded engine
 * switched off: migrations, the bundled data and a representative query. Skipped where no Docker
 * engine is available, as on the project's build machines.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "accord.neo4j.embedded.enabled=false")
@AutoConfigureHttpGraphQlTester
class ExternalNeo4jTests {

	@Container
	@ServiceConnection
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26-community");

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void answersFromAnExternalServer() {
		this.graphQl.documentName("questions/q01-hosting-rotation")
			.execute()
			.errors()
			.verify()
			.path("hostingRotation[*].country.code")
			.entityList(String.class)
			.containsExactly("UZ", "KZ", "KG", "TJ", "TM");
	}

}
