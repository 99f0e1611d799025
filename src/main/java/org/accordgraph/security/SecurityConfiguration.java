package org.accordgraph.security;

import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The HTTP security chain. Reading the knowledge base is open to anyone: the GraphQL endpoint (any
 * method: the endpoint itself refuses all but POST, saying why), its schema, GraphiQL (and the
 * service's address, which leads there) and the scripts it loads from the jar, and health
 * (its status only). Everything else is refused until the curation API brings users and roles.
 * {@code /error} stays open so that error responses reach clients as they are rather than as an
 * empty 401. Cross-origin requests are allowed from the origins in
 * {@code spring.graphql.cors.allowed-origins}, and from no other.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, GraphQlProperties graphQl) throws Exception {
		String path = graphQl.getHttp().getPath();
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path).permitAll()
				.requestMatchers(HttpMethod.GET, "/", path + "/schema", "/graphiql", "/graphiql/**", "/webjars/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/error").permitAll()
				.anyRequest().denyAll())
			.cors(Customizer.withDefaults())
			// a stateless API without cookies: no session, nothing for a cross-site request to ride on
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(Customizer.withDefaults())
			.build();
	}

	/** Spring Boot's {@code spring.graphql.cors.*}, for the endpoint and its schema. */
	@Bean
	CorsConfigurationSource corsConfigurationSource(GraphQlCorsProperties cors, GraphQlProperties graphQl) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CorsConfiguration configuration = cors.toCorsConfiguration();
		if (configuration != null) {
			source.registerCorsConfiguration(graphQl.getHttp().getPath(), configuration);
			source.registerCorsConfiguration(graphQl.getHttp().getPath() + "/schema", configuration);
		}
		return source;
	}

	/** No users yet: curators and administrators come with the curation API. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
