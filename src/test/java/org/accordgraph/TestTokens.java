package org.accordgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Bearer tokens for tests, signed with a key generated for the test run: the service under test
 * trusts its public key, written to {@link #PUBLIC_KEY_LOCATION}
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}), as it would an identity
 * provider's. Nothing reaches a network.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokens {

	/** Where the test key's public half is, for the service under test to trust. */
	public static final String PUBLIC_KEY_LOCATION = "file:target/test-token-key.pem";

	private static final RSAKey KEY = generate();

	private static final RSAKey OTHER_KEY = generate();

	static {
		writePublicKey();
	}

	/**
	 * Runs before any bean is made, and so writes the key (this class's first use) before the
	 * service reads it.
	 */
	@Bean
	static BeanFactoryPostProcessor writeTheTestKeyFirst() {
		return factory -> {
		};
	}

	/** A token for {@code subject} with those roles, valid for a while. */
	public static String token(String subject, String... roles) {
		return sign(KEY, subject, List.of(roles), Instant.now().plus(Duration.ofMinutes(5)));
	}

	/** A token that expired a minute ago. */
	public static String expiredToken(String subject, String... roles) {
		return sign(KEY, subject, List.of(roles), Instant.now().minus(Duration.ofMinutes(1)));
	}

	/** A token signed with a key the service does not trust. */
	public static String tokenSignedByAnotherKey(String subject, String... roles) {
		return sign(OTHER_KEY, subject, List.of(roles), Instant.now().plus(Duration.ofMinutes(5)));
	}

	/** A token that never expires: signed by the trusted key, but without {@code exp}. */
	public static String tokenWithoutExpiry(String subject, String... roles) {
		return sign(KEY, subject, List.of(roles), null);
	}

	private static String sign(RSAKey key, String subject, List<String> roles, Instant expires) {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
			.issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(1))));
		if (expires != null) {
			builder.issueTime(Date.from(expires.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(expires));
		}
		JWTClaimsSet claims = builder.build();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			token.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return token.serialize();
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void writePublicKey() {
		try {
			Path file = Path.of(PUBLIC_KEY_LOCATION.substring("file:".length()));
			Files.createDirectories(file.toAbsolutePath().getParent());
			String encoded = Base64.getMimeEncoder(64, "\n".getBytes())
				.encodeToString(KEY.toRSAPublicKey().getEncoded());
			Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + encoded + "\n-----END PUBLIC KEY-----\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
