package org.accordgraph.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accordgraph.graphql.HttpErrorResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The HTTP security chain and who may sign in. Reading the knowledge base is open to anyone
 * (unless {@code accord.security.read-requires-sign-in}): the GraphQL endpoint (any method: the
 * endpoint itself refuses all but POST, saying why), its schema, GraphiQL (and the service's
 * address, which leads there) and the scripts it loads from the jar, and health (its status only).
 * Changes need a signed-in curator or administrator, checked on each mutation. People sign in
 * with HTTP Basic ({@code accord.security.users.*}) or with a bearer token from an identity
 * provider (Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}, roles in the
 * token's {@code roles} claim). The research exports ({@code /export/csv}, {@code /export/graphml})
 * are read as the API is; importing and the dataset export need an administrator. Everything else
 * is refused. {@code /error} stays open so that
 * error responses reach clients as they are rather than as an empty 401. Cross-origin requests
 * are allowed from the origins in {@code spring.graphql.cors.allowed-origins}, and from no other.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * What the service's pages (the explorer, GraphiQL) may load and run: only the service's own
	 * scripts, styles and connections (its GraphQL endpoint and WebSocket), no inline script, no
	 * plugin, in no other site's frame; a script a curator's text smuggled into a page would not run.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The API's answers in other forms (pages, PDF, files, feeds): read as the API is. */
	private static final String BRIEFINGS = "/briefings/**";

	private static final String CITATIONS = "/citations/**";

	private static final String FACTS = "/facts/**";

	private static final String FEEDS = "/feeds/**";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, GraphQlProperties graphQl, SignInProperties signIn,
			ObjectProvider<JwtDecoder> tokens, JsonMapper json) throws Exception {
		String path = graphQl.getHttp().getPath();
		String subscriptions = graphQl.getWebsocket().getPath();
		boolean acceptsTokens = tokens.getIfAvailable() != null;
		SignInRefused refused = new SignInRefused(json, acceptsTokens);
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher mayNeedSignIn = new OrRequestMatcher(paths.matcher(path), paths.matcher(path + "/schema"),
				paths.matcher(subscriptions), paths.matcher("/import"), paths.matcher("/export/**"),
				paths.matcher("/curation/**"), paths.matcher(BRIEFINGS), paths.matcher(CITATIONS), paths.matcher(FACTS),
				paths.matcher(FEEDS));
		AuthenticationEntryPoint signInOrNotFound = (request, response, failed) -> {
			if (mayNeedSignIn.matches(request) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
				refused.commence(request, response, failed);
			}
			else {
				response.sendError(HttpStatus.NOT_FOUND.value());
			}
		};
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(HttpMethod.POST, "/import").hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/curation/documents").hasRole(Role.CURATOR.name())
				.requestMatchers(HttpMethod.GET, "/export/dataset").hasRole(Role.ADMIN.name());
			if (signIn.readRequiresSignIn()) {
				requests.requestMatchers(path, path + "/schema", subscriptions, "/export/**", BRIEFINGS, CITATIONS, FACTS, FEEDS)
					.authenticated();
			}
			requests.requestMatchers(path, subscriptions).permitAll()
				.requestMatchers(HttpMethod.GET, "/export/csv", "/export/graphml", BRIEFINGS, CITATIONS, FACTS, FEEDS)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/", "/index.html", "/explorer/**", path + "/schema", "/graphiql",
						"/graphiql/**", "/webjars/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/error").permitAll()
				.anyRequest().denyAll();
		})
			.cors(Customizer.withDefaults())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			// a stateless API without cookies: no session, nothing for a cross-site request to ride on
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(refused))
			// an address the service does not serve is not found, for anyone: no sign-in prompt in a browser
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInOrNotFound)
				.accessDeniedHandler((request, response, denied) -> {
					if (!mayNeedSignIn.matches(request)) {
						response.sendError(HttpStatus.NOT_FOUND.value());
						return;
					}
					HttpErrorResponse.write(response, json, HttpStatus.FORBIDDEN, ErrorType.FORBIDDEN,
							"'" + request.getRemoteUser() + "' does not hold the role " + request.getRequestURI()
									+ " needs", Map.of());
				}));
		if (acceptsTokens) {
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(refused)
				.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim())));
		}
		return http.build();
	}

	/**
	 * A token's roles are its {@code roles} claim, such as {@code ["CURATOR"]}; the one it signs in
	 * is {@code token:} and its subject, a name no HTTP Basic user can have (a Basic user name holds
	 * no colon), so that the audit trail always tells the two apart.
	 */
	private static Converter<Jwt, AbstractAuthenticationToken> rolesFromClaim() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("ROLE_");
		return jwt -> new JwtAuthenticationToken(jwt, roles.convert(jwt), TOKEN_USER + jwt.getSubject());
	}

	/** How the name of one who signs in with a token starts. */
	static final String TOKEN_USER = "token:";

	/**
	 * Besides the signature, the time stamps and, where configured, issuer and audience, which Spring
	 * Boot checks: a token must say when it expires (one that never does is a key that works forever
	 * once copied) and whom it signs in.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> tokensExpireAndNameSomeone() {
		return new DelegatingOAuth2TokenValidator<>(
				new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
				new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank()));
	}

	/** An administrator may do everything a curator may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.ADMIN.name()).implies(Role.CURATOR.name()).build();
	}

	/**
	 * Spring Boot's {@code spring.graphql.cors.*}, for the endpoint and its schema, for the upload
	 * of a document to propose from, which front ends send beside their GraphQL requests, and for
	 * the API's answers in other forms (briefings, citation files, facts' pages, feeds), which they
	 * fetch at the addresses the API gives.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(GraphQlCorsProperties cors, GraphQlProperties graphQl) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CorsConfiguration configuration = cors.toCorsConfiguration();
		if (configuration != null) {
			source.registerCorsConfiguration(graphQl.getHttp().getPath(), configuration);
			source.registerCorsConfiguration(graphQl.getHttp().getPath() + "/schema", configuration);
			source.registerCorsConfiguration("/curation/documents", configuration);
			for (String pages : List.of(BRIEFINGS, CITATIONS, FACTS, FEEDS)) {
				source.registerCorsConfiguration(pages, configuration);
			}
		}
		return source;
	}

	/** The HTTP Basic users of {@code accord.security.users}; none unless configured. */
	@Bean
	UserDetailsService users(SignInProperties signIn) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		signIn.users().forEach((name, account) -> users.createUser(User.withUsername(name)
			.password(encoded(name, account.password()))
			.authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
			.build()));
		return users;
	}

	/**
	 * HTTP Basic sign-ins checked against the users, each right pair remembered for five minutes,
	 * wrong passwords throttled.
	 */
	@Bean
	AuthenticationProvider basicSignIns(UserDetailsService users, PasswordEncoder passwords, SignInProperties signIn) {
		DaoAuthenticationProvider checking = new DaoAuthenticationProvider(users);
		checking.setPasswordEncoder(passwords);
		return new RememberedSignIns(checking, Duration.ofMinutes(5),
				new SignInThrottle(signIn.maxFailedSignIns(), signIn.failedSignInWindow()));
	}

	/** Passwords as {@code {bcrypt}...}, {@code {argon2}...} and the other encodings Spring Security knows. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static String encoded(String name, String password) {
		if (password == null || !password.matches("\\{[a-z0-9@_-]+}.+")) {
			throw new IllegalStateException("accord.security.users." + name + ".password must be an encoded password "
					+ "with its encoding named first, such as {bcrypt}$2a$10$... (or {noop}a-password for a trial)");
		}
		return password;
	}

}
