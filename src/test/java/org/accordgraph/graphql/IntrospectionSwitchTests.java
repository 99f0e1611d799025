package org.accordgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's {@code spring.graphql.schema.introspection.enabled=false} still turns introspection
 * off beside the request limits. (Boot turns it off for the whole JVM, so this runs on a schema of
 * its own and turns it back on after.)
 */
class IntrospectionSwitchTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(GraphQlAutoConfiguration.class))
		.withUserConfiguration(RequestLimits.class, Limits.class)
		.withPropertyValues("spring.graphql.schema.locations=classpath:graphql-schema-tiny/");

	@EnableConfigurationProperties(GraphQlLimits.class)
	static class Limits {

	}

	@AfterEach
	void introspectionBackOn() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void introspectionIsAnsweredUnlessTurnedOff() {
		this.contexts.run(context -> assertThat(introspect(context.getBean(ExecutionGraphQlService.class)).getErrors())
			.isEmpty());
		this.contexts.withPropertyValues("spring.graphql.schema.introspection.enabled=false")
			.run(context -> {
				ExecutionGraphQlResponse response = introspect(context.getBean(ExecutionGraphQlService.class));
				assertThat(response.getErrors()).singleElement()
					.satisfies(error -> assertThat(error.getMessage()).contains("Introspection has been disabled"));
				assertThat(response.<Map<String, Object>>getData()).isNull();
			});
	}

	private static ExecutionGraphQlResponse introspect(ExecutionGraphQlService graphQl) throws Exception {
		String query = StreamUtils.copyToString(
				new ClassPathResource("graphql-test/introspection/graphql-js-16-all-options.graphql").getInputStream(),
				StandardCharsets.UTF_8);
		return graphQl.execute(new DefaultExecutionGraphQlRequest(query, null, null, null, "1", null)).block();
	}

}
