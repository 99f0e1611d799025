package org.accordgraph.security;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in with HTTP Basic, and whether reading needs a sign-in too. Bearer tokens are
 * configured with Spring Boot's own {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param users by name: an encoded password ({@code {bcrypt}...}, or {@code {noop}...} for a
 * trial) and roles; none by default, and then only bearer tokens can sign in
 * @param readRequiresSignIn whether reading the knowledge base needs a sign-in (any role)
 */
@ConfigurationProperties("accord.security")
public record SignInProperties(@DefaultValue Map<String, Account> users, @DefaultValue("false") boolean readRequiresSignIn) {

	/** One HTTP Basic user. */
	public record Account(String password, @DefaultValue Set<Role> roles) {
	}

}
