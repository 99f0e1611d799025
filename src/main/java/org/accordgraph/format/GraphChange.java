package org.accordgraph.format;

import java.util.Map;

/**
 * A node ({@code label} and {@code key}) or a relationship ({@code type}, {@code from} and
 * {@code to} as {@code Label:key}) as it was and as it is: {@code before} is null for a new one,
 * {@code after} null for one removed. {@code entity} names it in one string.
 */
public record GraphChange(String entity, String label, String key, String type, String from, String to,
		Map<String, Object> before, Map<String, Object> after) {
}
