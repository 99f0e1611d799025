package org.accordgraph.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The HTTP security chain. Reading the knowledge base is open to anyone: the GraphQL endpoint,
 * GraphiQL, health and info. Everything else is refused until the curation API brings users and
 * roles. {@code /error} stays open so that error responses reach clients as they are rather than
 * as an empty 401.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/graphql").permitAll()
				.requestMatchers(HttpMethod.GET, "/graphql", "/graphiql", "/graphiql/**").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/error").permitAll()
				.anyRequest().denyAll())
			// a stateless API without cookies: no session, nothing for a cross-site request to ride on
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(Customizer.withDefaults())
			.build();
	}

	/** No users yet: curators and administrators come with the curation API. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
