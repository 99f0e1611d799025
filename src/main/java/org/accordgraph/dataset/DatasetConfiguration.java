package org.accordgraph.dataset;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatasetConfiguration {

	/**
	 * Every way to read or write the graph waits for a bulk load to complete; the health and the
	 * explorer's page answer. Runs after the security chain, so that its answers carry the CORS
	 * headers the chain adds.
	 */
	@Bean
	FilterRegistrationBean<IncompleteLoadGate> incompleteLoadGateRegistration(IncompleteLoadGate gate) {
		var registration = new FilterRegistrationBean<>(gate);
		registration.addUrlPatterns("/graphql", "/graphql-ws", "/export/*", "/import");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
