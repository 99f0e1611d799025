package org.accordgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic sends the password with every request, and checking it against a BCrypt hash costs
 * tens of milliseconds each time (60 ms on the 2-core machine of BENCHMARKS.md, most of a
 * curator's write). A user name and password that passed are remembered for a few minutes, as a
 * keyed hash (HMAC with a key of this process, never the password), so that the next requests
 * with the same pair skip the hash; a wrong password is checked in full every time, and counted
 * by the {@link SignInThrottle}. Users come from properties and change only with a restart, which
 * forgets everything.
 */
final class RememberedSignIns implements AuthenticationProvider {

	private final AuthenticationProvider checking;

	private final Cache<String, Authentication> remembered;

	private final byte[] key = new byte[32];

	private final SignInThrottle throttle;

	RememberedSignIns(AuthenticationProvider checking, Duration remembering, SignInThrottle throttle) {
		this.checking = checking;
		this.throttle = throttle;
		this.remembered = Caffeine.newBuilder().expireAfterWrite(remembering).maximumSize(10_000).build();
		new SecureRandom().nextBytes(this.key);
	}

	@Override
	public Authentication authenticate(Authentication request) {
		if (!(request.getCredentials() instanceof String password)) {
			return this.checking.authenticate(request);
		}
		String pair = request.getName() + ":" + keyedHash(password);
		Authentication known = this.remembered.getIfPresent(pair);
		if (known != null) {
			return known;
		}
		String address = (request.getDetails() instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : "";
		this.throttle.check(request.getName(), address);
		Authentication signedIn;
		try {
			signedIn = this.checking.authenticate(request);
		}
		catch (AuthenticationException refused) {
			this.throttle.failed(request.getName(), address);
			throw refused;
		}
		if (signedIn != null && signedIn.isAuthenticated()) {
			this.throttle.succeeded(request.getName(), address);
			this.remembered.put(pair, signedIn);
		}
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String keyedHash(String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
