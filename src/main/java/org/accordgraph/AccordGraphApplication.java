package org.accordgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Accord Graph: a GraphQL knowledge base of declarations, conferences, action plans and the
 * commitments in them, each fact with its citation.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AccordGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(AccordGraphApplication.class, args);
	}

}
