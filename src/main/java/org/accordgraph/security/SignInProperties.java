package org.accordgraph.security;

import java.time.Duration;
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
 * @param maxFailedSignIns how many wrong passwords for one user name from one address (and ten
 * times as many for any names) are checked before that address's sign-ins are refused unchecked
 * @param failedSignInWindow how long a wrong password counts, and how long the refusal lasts after
 * the last attempt
 */
@ConfigurationProperties("accord.security")
public record SignInProperties(@DefaultValue Map<String, Account> users, @DefaultValue("false") boolean readRequiresSignIn,
		@DefaultValue("5") int maxFailedSignIns, @DefaultValue("5m") Duration failedSignInWindow) {

	/** One HTTP Basic user. */
	public record Account(String password, @DefaultValue Set<Role> roles) {
	}

}
