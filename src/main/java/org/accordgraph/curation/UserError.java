package org.accordgraph.curation;

import java.util.List;

/**
 * What is wrong with a mutation's input: the path to the field ({@code ["input", "hostCountry"]}),
 * what is wrong with it, and the rule broken (a {@code UserErrorCode}).
 */
record UserError(List<String> field, String message, String code) {
}
