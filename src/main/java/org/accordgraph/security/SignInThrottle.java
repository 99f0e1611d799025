package org.accordgraph.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.core.AuthenticationException;

/**
 * Slows down whoever guesses passwords: after {@code maxFailures} wrong passwords for one user name
 * from one address, or ten times as many for any names from one address, within the window, that
 * address's next sign-ins (for that name, or for any) are refused unchecked until the window has
 * passed since the last of them. The same user signs in from elsewhere as usual, so a guesser cannot
 * lock a curator out; a guesser spread over many addresses is for the proxy in front to stop.
 */
final class SignInThrottle {

	private final int maxFailures;

	private final Duration window;

	private final Cache<String, AtomicInteger> byNameAndAddress;

	private final Cache<String, AtomicInteger> byAddress;

	SignInThrottle(int maxFailures, Duration window) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.byNameAndAddress = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
		this.byAddress = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
	}

	/** Refuses the sign-in, unchecked, where its name or its address has failed too often. */
	void check(String name, String address) {
		if (failures(this.byNameAndAddress, name + "|" + address) >= this.maxFailures
				|| failures(this.byAddress, address) >= 10 * this.maxFailures) {
			failed(name, address);
			throw new Throttled(this.window);
		}
	}

	void failed(String name, String address) {
		count(this.byNameAndAddress, name + "|" + address);
		count(this.byAddress, address);
	}

	void succeeded(String name, String address) {
		this.byNameAndAddress.invalidate(name + "|" + address);
	}

	private static int failures(Cache<String, AtomicInteger> counts, String key) {
		AtomicInteger count = counts.getIfPresent(key);
		return (count != null) ? count.get() : 0;
	}

	/** Counts a failure and, by writing the entry again, starts its window anew. */
	private static void count(Cache<String, AtomicInteger> counts, String key) {
		counts.asMap().compute(key, (k, count) -> {
			AtomicInteger counted = (count != null) ? count : new AtomicInteger();
			counted.incrementAndGet();
			return counted;
		});
	}

	/** A sign-in refused, unchecked, after too many wrong passwords. */
	static final class Throttled extends AuthenticationException {

		private final Duration retryAfter;

		Throttled(Duration retryAfter) {
			super("Too many wrong passwords from this address: try again in " + retryAfter.toMinutes() + " minutes");
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return this.retryAfter;
		}

	}

}
