package org.accordgraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A synthetic knowledge base in the dataset format, as large as asked and the same for the same
 * seed: every country, organisations in part-of trees, projects they implement and fund,
 * conference series with yearly editions (co-organised and funded) and hosting rotations, declarations, action plans and laws, and commitments whose parties follow a
 * steep power law (a few actors with very many commitments, most with few), with themes, due
 * dates to the day or the month, bases and status histories. Every fact cites a passage of a
 * source that names its dates, so the dataset passes the loader's checks.
 *
 * <p>About seven in eight nodes are commitments, their assessments and the passages citing them;
 * {@code nodes} is the total aimed at, within a few per cent.
 */
public final class SyntheticGraph {

	static final String[] THEMES = { "PREVENTION", "PROSECUTION", "PROTECTION", "PARTNERSHIP" };

	private static final String[] KINDS = { "ADOPT_LAW", "ADOPT_PLAN", "COOPERATE", "SUPPORT", "COOPERATE",
			"SUPPORT" };

	private static final String[] ORGANISATION_KINDS = { "GOVERNMENT_BODY", "NGO", "INTERNATIONAL_ORGANISATION",
			"DONOR_AGENCY", "IMPLEMENTING_PARTNER", "ACADEMY", "LAW_ENFORCEMENT" };

	private static final String[] WORDS = { "regional", "border", "victim", "referral", "labour", "migration",
			"online", "training", "prosecution", "shelter", "hotline", "cooperation", "data", "awareness", "judicial" };

	private final SplittableRandom random;

	private final int nodes;

	private final Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();

	private final List<String> countries = new ArrayList<>();

	private final List<String> organisations = new ArrayList<>();

	private final List<String> actors = new ArrayList<>();

	private final List<String> origins = new ArrayList<>();

	private int sourceCount;

	private Map<String, Object> source;

	private Map<String, Object> passages;

	private int written;

	/** What a generated dataset holds. */
	public record Summary(Path folder, int nodes, int commitments, int organisations, String busiestActor) {
	}

	private SyntheticGraph(int nodes, long seed) {
		this.nodes = nodes;
		this.random = new SplittableRandom(seed);
	}

	/** Writes a dataset of about {@code nodes} nodes into {@code folder}, one YAML file per part. */
	public static Summary write(int nodes, long seed, Path folder) throws IOException {
		return new SyntheticGraph(nodes, seed).generate(folder);
	}

	private Summary generate(Path folder) throws IOException {
		themes();
		countries();
		int organisationCount = Math.max(20, this.nodes / 60);
		organisations(organisationCount);
		projects(Math.max(2, organisationCount / 10));
		series(Math.max(1, this.nodes / 20_000));
		instruments(Math.max(5, this.nodes / 400));
		int commitments = Math.max(10, (this.nodes - this.written) * 2 / 11);
		commitments(commitments);
		Files.createDirectories(folder);
		YAMLMapper yaml = YAMLMapper.builder().build();
		for (Map.Entry<String, List<Map<String, Object>>> section : this.sections.entrySet()) {
			yaml.writeValue(folder.resolve(section.getKey() + ".yaml").toFile(),
					Map.of(section.getKey(), section.getValue()));
		}
		return new Summary(folder, this.written, commitments, organisationCount, this.actors.get(0));
	}

	// --- sources: every fact cites a passage of its own ----------------------------------------

	/** A new passage saying {@code words}, in the current source (a new one every 50 passages). */
	private String cite(String words) {
		if (this.passages == null || this.passages.size() == 50) {
			String slug = "synthetic-source-" + (++this.sourceCount);
			this.passages = new LinkedHashMap<>();
			this.source = node("sources", "slug", slug, "publisher", "Synthetic Gazette", "url",
					"https://gazette.example/" + slug, "language", "en", "citations", this.passages);
		}
		String key = "p" + this.passages.size();
		this.passages.put(key, words);
		this.written++;
		return this.source.get("slug") + "#" + key;
	}

	private Map<String, Object> node(String section, Object... keyValues) {
		Map<String, Object> node = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			node.put((String) keyValues[i], keyValues[i + 1]);
		}
		this.sections.computeIfAbsent(section, name -> new ArrayList<>()).add(node);
		this.written++;
		return node;
	}

	private static Map<String, Object> link(String kind, String to, String cite) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put(kind, to);
		link.put("cite", List.of(cite));
		return link;
	}

	// --- the parts -------------------------------------------------------------------------

	private void themes() {
		for (String theme : THEMES) {
			node("themes", "code", theme, "name", theme.charAt(0) + theme.substring(1).toLowerCase(Locale.ROOT),
					"cite", List.of(cite("The theme " + theme + " is one of the four Ps.")));
		}
	}

	private void countries() {
		for (String code : Locale.getISOCountries()) {
			String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
			this.countries.add(code);
			node("countries", "code", code, "name", name, "cite", List.of(cite(name + " has the code " + code + ".")));
		}
	}

	private void organisations(int count) {
		for (int i = 0; i < count; i++) {
			String slug = "synthetic-organisation-" + i;
			String name = "Organisation " + i + " for " + word() + " " + word();
			String country = pick(this.countries);
			String cite = cite(name + " is based in " + country + ".");
			Map<String, Object> organisation = node("organisations", "slug", slug, "name", name, "kind",
					ORGANISATION_KINDS[this.random.nextInt(ORGANISATION_KINDS.length)], "cite", List.of(cite));
			organisation.put("basedIn", link("country", country, cite));
			if (i > 10 && this.random.nextInt(10) < 6) {
				organisation.put("partOf", link("organisation", this.organisations.get(this.random.nextInt(i)), cite));
			}
			this.organisations.add(slug);
		}
		// Busy actors first: the power law below picks low indexes most.
		this.actors.addAll(this.countries.subList(0, Math.min(40, this.countries.size())));
		this.actors.addAll(this.organisations);
		this.actors.addAll(this.countries.subList(Math.min(40, this.countries.size()), this.countries.size()));
		Collections.shuffle(this.actors.subList(0, 40), new Random(this.random.nextLong()));
	}

	private void projects(int count) {
		for (int i = 0; i < count; i++) {
			String slug = "synthetic-project-" + i;
			String implementer = pick(this.organisations);
			String funder = pick(this.organisations);
			String cite = cite("Project " + i + " is implemented by " + implementer + " and funded by " + funder + ".");
			Map<String, Object> project = node("projects", "slug", slug, "name", "Project " + i + " on " + word(),
					"cite", List.of(cite));
			project.put("implementedBy", List.of(link("organisation", implementer, cite)));
			project.put("fundedBy", List.of(link("organisation", funder, cite)));
		}
	}

	private void series(int count) {
		for (int s = 0; s < count; s++) {
			String series = "synthetic-series-" + s;
			node("conferenceSeries", "slug", series, "title", "Annual conference " + s + " on " + word(), "cite",
					List.of(cite("The annual conference " + s + " meets every year.")));
			List<String> hosts = new ArrayList<>();
			for (int h = 0; h < 5; h++) {
				hosts.add(pick(this.countries));
			}
			for (int year = 2000; year <= 2026; year++) {
				String host = hosts.get((year - 2000) % hosts.size());
				LocalDate day = LocalDate.of(year, 7, 20 + this.random.nextInt(10));
				String held = (year <= 2025) ? cite("The conference of " + words(day) + " was held in " + host + ".")
						: null;
				String edition = series + "-" + year;
				if (held != null) {
					Map<String, Object> conference = node("conferences", "slug", edition, "title",
							"Conference " + s + " of " + year, "startDate", day.toString(), "city", "City " + host,
							"cite", List.of(held));
					conference.put("editionOf", link("series", series, held));
					conference.put("hostedBy", link("country", host, held));
					List<Object> organisers = new ArrayList<>();
					for (int o = 0; o < 3; o++) {
						organisers.add(link("actor", pickActor(), held));
					}
					conference.put("coOrganisers", organisers);
					conference.put("funders", List.of(link("actor", pick(this.organisations), held)));
				}
				String agreed = cite("The delegates agreed on " + words(LocalDate.of(2000, 1, 15)) + " that " + host
						+ " hosts in July " + year + ".");
				Map<String, Object> hosting = node("commitments", "slug", edition + "-hosting", "text",
						"Host the " + year + " edition of conference " + s + " in " + host, "kind", "HOST_EVENT",
						"series", series, "year", year, "dueDate", year + "-07", "cite", List.of(agreed));
				hosting.put("host", link("country", host, agreed));
				hosting.put("parties", List.of(link("actor", host, agreed)));
				hosting.put("themes", List.of("PARTNERSHIP"));
				List<Object> history = new ArrayList<>();
				history.add(assessment("PENDING", LocalDate.of(2000, 1, 15), edition + " hosting"));
				if (held != null) {
					history.add(assessment("FULFILLED", day, edition + " hosting"));
					hosting.put("fulfilledBy", List.of(link("conference", edition, held)));
				}
				hosting.put("statusHistory", history);
			}
		}
	}

	private void instruments(int count) {
		for (int i = 0; i < count; i++) {
			String country = pick(this.countries);
			LocalDate day = LocalDate.of(2005 + this.random.nextInt(20), 1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
			switch (i % 3) {
				case 0 -> {
					String slug = "synthetic-declaration-" + i;
					node("declarations", "slug", slug, "title", "Declaration " + i + " on " + word() + " " + word(),
							"adoptedOn", day.toString(), "cite", List.of(cite("Declaration " + i + " was adopted on " + words(day) + ".")));
					this.origins.add(slug);
				}
				case 1 -> {
					String slug = "synthetic-plan-" + i;
					String cite = cite("Action plan " + i + " of " + country + " covers " + day.getYear() + "-" + (day.getYear() + 2) + ".");
					Map<String, Object> plan = node("actionPlans", "slug", slug, "title", "Action plan " + i, "scope",
							"NATIONAL", "periodStart", day.getYear(), "periodEnd", day.getYear() + 2, "cite", List.of(cite));
					plan.put("country", link("country", country, cite));
					this.origins.add(slug);
				}
				default -> {
					String slug = "synthetic-law-" + i;
					String cite = cite("Law " + i + " of " + country + " on " + word() + ".");
					Map<String, Object> law = node("legalInstruments", "slug", slug, "title", "Law " + i + " on " + word(),
							"kind", "LAW", "number", i + "-S", "cite", List.of(cite));
					law.put("jurisdiction", link("country", country, cite));
					law.put("statusHistory", List.of(assessment("DRAFT", day, "law " + i),
							assessment("ADOPTED", day.plusMonths(6 + this.random.nextInt(18)), "law " + i)));
					this.origins.add(slug);
				}
			}
		}
	}

	private void commitments(int count) {
		for (int i = 0; i < count; i++) {
			String slug = "synthetic-commitment-" + i;
			LocalDate made = LocalDate.of(2010 + this.random.nextInt(15), 1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
			LocalDate due = made.plusMonths(6 + this.random.nextInt(60));
			boolean toTheMonth = this.random.nextInt(3) == 0;
			String dueWords = toTheMonth ? due.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + due.getYear()
					: words(due);
			String text = "Commitment " + i + " to " + word() + " " + word() + " " + word();
			String cite = cite(text + ", made on " + words(made) + ", is due by " + dueWords + ".");
			Map<String, Object> commitment = node("commitments", "slug", slug, "text", text, "kind",
					KINDS[this.random.nextInt(KINDS.length)], "dueDate",
					toTheMonth ? due.toString().substring(0, 7) : due.toString(), "cite", List.of(cite));
			int roll = this.random.nextInt(100);
			if (roll >= 85) {
				commitment.put("basis", roll >= 97 ? "ASSUMED" : "INFERRED");
				commitment.put("reasoning", "Generated: a curator's reasoning for commitment " + i + ".");
			}
			List<Object> parties = new ArrayList<>();
			int partyCount = 1 + (this.random.nextInt(4) == 0 ? 1 + this.random.nextInt(3) : 0);
			List<String> chosen = new ArrayList<>();
			while (chosen.size() < partyCount) {
				String actor = pickActor();
				if (!chosen.contains(actor)) {
					chosen.add(actor);
					parties.add(link("actor", actor, cite));
				}
			}
			commitment.put("parties", parties);
			commitment.put("madeIn", link("instrument", pick(this.origins), cite));
			commitment.put("themes", List.of(THEMES[this.random.nextInt(THEMES.length)]));
			List<Object> history = new ArrayList<>();
			history.add(assessment("PENDING", made, "commitment " + i));
			LocalDate day = made;
			for (String status : List.of("IN_PROGRESS", "FULFILLED")) {
				if (this.random.nextInt(2) == 0) {
					break;
				}
				day = day.plusMonths(1 + this.random.nextInt(24));
				history.add(assessment(status, day, "commitment " + i));
			}
			commitment.put("statusHistory", history);
		}
	}

	private Map<String, Object> assessment(String status, LocalDate day, String what) {
		this.written++;
		Map<String, Object> assessment = new LinkedHashMap<>();
		assessment.put("status", status);
		assessment.put("date", day.toString());
		assessment.put("cite", List.of(cite("On " + words(day) + " " + what + " was assessed " + status + ".")));
		return assessment;
	}

	// --- chance --------------------------------------------------------------------------------

	/** An actor by a steep power law: the first few are parties to a large share of everything. */
	private String pickActor() {
		double u = this.random.nextDouble();
		return this.actors.get((int) (this.actors.size() * u * u * u * u));
	}

	private <T> T pick(List<T> from) {
		return from.get(this.random.nextInt(from.size()));
	}

	private String word() {
		return WORDS[this.random.nextInt(WORDS.length)];
	}

	private static String words(LocalDate day) {
		return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
				+ day.getYear();
	}

}
