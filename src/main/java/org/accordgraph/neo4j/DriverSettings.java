package org.accordgraph.neo4j;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the driver talks to Neo4j, embedded or external. */
@Configuration(proxyBeanMethods = false)
class DriverSettings {

	/**
	 * No notifications of labels, relationship types or properties that the graph does not hold
	 * yet. The service's statements name the whole model, and a graph without some of it (a new
	 * database, a dataset without statements or observances) made Neo4j send such a notification
	 * with every execution, which Spring Data Neo4j logs at WARN: thousands of lines under load,
	 * and a cost on every request. A misspelt name shows in the tests' answers instead.
	 */
	@Bean
	ConfigBuilderCustomizer noUnrecognisedNames() {
		return config -> config.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
