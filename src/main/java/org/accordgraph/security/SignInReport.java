package org.accordgraph.security;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/** Says at start-up who can sign in, and warns when no one can, so that every change is refused. */
@Component
class SignInReport {

	private static final Logger log = LoggerFactory.getLogger(SignInReport.class);

	private final SignInProperties signIn;

	private final ObjectProvider<JwtDecoder> tokens;

	SignInReport(SignInProperties signIn, ObjectProvider<JwtDecoder> tokens) {
		this.signIn = signIn;
		this.tokens = tokens;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		boolean acceptsTokens = this.tokens.getIfAvailable() != null;
		if (this.signIn.users().isEmpty() && !acceptsTokens) {
			log.warn("No one can sign in: there are no HTTP Basic users (accord.security.users.*) and no token issuer "
					+ "or key (spring.security.oauth2.resourceserver.jwt.*), so every change is refused and the "
					+ "knowledge base can only be read");
			return;
		}
		String users = this.signIn.users()
			.entrySet()
			.stream()
			.map(user -> user.getKey() + " " + user.getValue().roles())
			.collect(Collectors.joining(", "));
		log.info("Sign-in: HTTP Basic for {}; bearer tokens {}; reading {}",
				users.isEmpty() ? "no one" : users,
				acceptsTokens ? "accepted, with roles from their 'roles' claim" : "not configured",
				this.signIn.readRequiresSignIn() ? "needs a sign-in" : "open to anyone");
	}

}
