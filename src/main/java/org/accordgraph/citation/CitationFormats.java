package org.accordgraph.citation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sources in the formats reference managers import: CSL-JSON (Zotero, Mendeley, citeproc), BibTeX
 * (JabRef, LaTeX) and RIS (EndNote, Zotero). Each source is a generic document, or a web page where
 * it has an address; its date is as exact as the source gives it; its key is its slug.
 */
final class CitationFormats {

	private static final Pattern BIBTEX_SPECIAL = Pattern.compile("[\\\\{}%&$#_~^]");

	private CitationFormats() {
	}

	/** CSL-JSON items, one per source. */
	static List<Map<String, Object>> csl(List<CitedSource> sources) {
		return sources.stream().map(CitationFormats::csl).toList();
	}

	private static Map<String, Object> csl(CitedSource source) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", source.slug());
		item.put("type", (source.field("url") != null) ? "webpage" : "document");
		put(item, "title", source.title());
		put(item, "publisher", source.field("publisher"));
		if (source.field("publisher") != null) {
			item.put("author", List.of(Map.of("literal", source.field("publisher"))));
		}
		if (!source.dateParts().isEmpty()) {
			Map<String, Object> issued = new LinkedHashMap<>();
			issued.put("date-parts", List.of(source.dateParts()));
			if (source.dateApproximate()) {
				issued.put("circa", true);
			}
			item.put("issued", issued);
		}
		put(item, "URL", source.field("url"));
		put(item, "language", source.field("language"));
		put(item, "note", source.note());
		return item;
	}

	/** BibTeX entries, one {@code @misc} per source, with special characters escaped. */
	static String bibtex(List<CitedSource> sources) {
		StringBuilder out = new StringBuilder();
		for (CitedSource source : sources) {
			// each value as it is written: braced text, or a bare number or month macro
			Map<String, String> fields = new LinkedHashMap<>();
			if (source.title() != null) {
				fields.put("title", braced(braced(bibtexText(source.title()))));
			}
			if (source.field("publisher") != null) {
				// a corporate author, in double braces, is not split into first and last names
				fields.put("author", braced(braced(bibtexText(source.field("publisher")))));
				fields.put("organization", braced(bibtexText(source.field("publisher"))));
			}
			List<Integer> date = source.dateParts();
			if (!date.isEmpty()) {
				fields.put("year", String.valueOf(date.get(0)));
			}
			if (date.size() > 1) {
				fields.put("month", java.time.Month.of(date.get(1)).name().substring(0, 3).toLowerCase(Locale.ROOT));
			}
			if (date.size() > 2) {
				fields.put("date", braced(String.format(Locale.ROOT, "%04d-%02d-%02d", date.get(0), date.get(1), date.get(2))));
			}
			if (source.field("url") != null) {
				String url = source.field("url").replace("%", "\\%").replace("#", "\\#");
				fields.put("url", braced(url));
				fields.put("howpublished", braced("\\url" + braced(url)));
			}
			if (source.field("language") != null) {
				fields.put("language", braced(bibtexText(source.field("language"))));
			}
			if (source.note() != null) {
				fields.put("note", braced(bibtexText(source.note())));
			}
			out.append("@misc{").append(source.slug()).append(",\n");
			fields.forEach((name, value) -> out.append("  ").append(name).append(" = ").append(value).append(",\n"));
			out.append("}\n\n");
		}
		return out.toString();
	}

	private static String braced(String text) {
		return "{" + text + "}";
	}

	private static String bibtexText(String text) {
		Matcher special = BIBTEX_SPECIAL.matcher(text);
		StringBuilder escaped = new StringBuilder();
		while (special.find()) {
			String character = special.group();
			special.appendReplacement(escaped, Matcher.quoteReplacement(switch (character) {
				case "\\" -> "\\textbackslash{}";
				case "~" -> "\\textasciitilde{}";
				case "^" -> "\\textasciicircum{}";
				default -> "\\" + character;
			}));
		}
		special.appendTail(escaped);
		return escaped.toString();
	}

	/** RIS records, one per source, with CRLF line ends as the format asks. */
	static String ris(List<CitedSource> sources) {
		StringBuilder out = new StringBuilder();
		for (CitedSource source : sources) {
			ris(out, "TY", (source.field("url") != null) ? "ELEC" : "GEN");
			ris(out, "ID", source.slug());
			ris(out, "TI", source.title());
			ris(out, "AU", source.field("publisher"));
			ris(out, "PB", source.field("publisher"));
			List<Integer> date = source.dateParts();
			if (!date.isEmpty()) {
				ris(out, "PY", String.valueOf(date.get(0)));
				ris(out, "DA", String.format(Locale.ROOT, "%04d/%s/%s/", date.get(0),
						(date.size() > 1) ? String.format(Locale.ROOT, "%02d", date.get(1)) : "",
						(date.size() > 2) ? String.format(Locale.ROOT, "%02d", date.get(2)) : ""));
			}
			ris(out, "UR", source.field("url"));
			ris(out, "LA", source.field("language"));
			ris(out, "N1", source.note());
			out.append("ER  - \r\n\r\n");
		}
		return out.toString();
	}

	private static void ris(StringBuilder out, String tag, String value) {
		if (value != null) {
			out.append(tag).append("  - ").append(value.replaceAll("\\R", " ")).append("\r\n");
		}
	}

	private static void put(Map<String, Object> item, String name, Object value) {
		if (value != null) {
			item.put(name, value);
		}
	}

}
