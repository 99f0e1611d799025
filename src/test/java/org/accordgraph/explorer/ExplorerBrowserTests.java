package org.accordgraph.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.accordgraph.AccordGraphTest;
import org.accordgraph.ApiAssertions.RestoresTheGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.axeViolations;
import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.cspViolations;
import static org.accordgraph.ApiAssertions.headlessChromium;
import static org.accordgraph.ApiAssertions.recordUnsourcedAssessment;
import static org.accordgraph.ApiAssertions.saveScreenshot;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer at {@code /} in a real browser, headless Chromium that can reach no host but the
 * service: it loads from the service alone, shows the rotation, lists a country's commitments,
 * opens the evidence of a partnership, highlights what a search found, follows a curator's
 * change without a reload, and has no serious accessibility violation (axe-core). Each test saves
 * a screenshot under {@code target/explorer-screenshots/}. Skips, saying why, without Chromium.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	WebDriver browser;

	WebDriverWait waiting;

	@BeforeAll
	void startBrowser(@TempDir Path profile) {
		this.browser = headlessChromium(profile);
		this.waiting = new WebDriverWait(this.browser, PATIENCE);
		// the page redraws a view when its data arrives: an element found may be replaced at once
		this.waiting.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void screenshot(TestInfo test) throws IOException {
		saveScreenshot(this.browser, test);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theRotationShowsEachYearsHostAndStatusWithNothingButTheService() {
		open("");
		List<WebElement> years = this.browser.findElements(By.cssSelector("#rotation li"));
		assertThat(years).extracting(year -> year.getAttribute("data-year") + " " + year.getAttribute("data-country"))
			.containsExactly("2022 UZ", "2023 KZ", "2024 KG", "2025 TJ", "2026 TM");
		assertThat(years).extracting(year -> year.findElement(By.cssSelector(".badge")).getText())
			.containsExactly("FULFILLED", "FULFILLED", "UNKNOWN", "UNKNOWN", "UNKNOWN");
		assertThat(years.get(2).getText()).contains("not assessed since 2023-07-27");

		years.get(1).findElement(By.xpath(".//button[contains(., 'inferred by a curator')]")).click();
		WebElement evidence = this.waiting.until(browser -> shown("#evidence"));
		assertThat(evidence.getText()).contains("How it is known: inferred by a curator", "Reasoning:");
		assertThat(evidence.findElements(By.tagName("blockquote"))).isNotEmpty();
		evidence.findElement(By.id("evidence-close")).click();

		years.get(1).findElement(By.xpath(".//button[contains(., 'Conference in Astana, 2023-07-27')]")).click();
		evidence = this.waiting.until(browser -> shown("#evidence"));
		assertThat(evidence.getText()).as("the edition's mark shows how its link to the series is known")
			.contains("as the 2023 edition", "How it is known: inferred by a curator", "Reasoning:")
			.doesNotContain("null");
		evidence.findElement(By.id("evidence-close")).click();

		String service = "http://localhost:" + this.port + "/";
		List<String> loaded = script("return performance.getEntriesByType('resource').map(entry => entry.name)");
		assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(service));
	}

	@Test
	void choosingKazakhstanListsItsCommitmentsAndTheViewIsInTheAddress() {
		open("");
		new Select(this.browser.findElement(By.id("country"))).selectByValue("KZ");
		this.waiting.until(browser -> "KZ".equals(this.browser.findElement(By.id("commitments")).getDomAttribute("data-country")));
		assertThat(this.browser.getCurrentUrl()).contains("country=KZ");
		assertThat(rows()).isNotEmpty();
		assertThat(rows()).as("Kazakhstan is named to host one undertaking, and party to none").hasSize(1);
		assertThat(rows().get(0).getText()).as("the whole text, the parties, the host, where it was made")
			.contains("marking the World Day against Trafficking in Persons.",
					"Delegates to the Bukhara Conference of November 2021", "Kazakhstan", "Conference in Bukhara, 2021-11-25")
			.doesNotContain("inferred");
		assertThat(new Select(this.browser.findElement(By.id("instrument"))).getOptions())
			.extracting(WebElement::getText)
			.contains("Conference in Bukhara, 2021-11-25", "Statement by Ashita Mittal")
			.noneMatch(option -> option.startsWith("Strengthening"));
		rows().get(0).findElement(By.tagName("button")).click();
		this.waiting.until(browser -> this.browser.findElement(By.id("history")).getText().contains("Status history"));
		assertThat(this.browser.findElement(By.id("history")).getText())
			.contains("Parties: Delegates to the Bukhara Conference", "Host: Kazakhstan");

		List<WebElement> marks = this.browser.findElements(By.cssSelector("#history [data-evidence], #rotation [data-evidence]"));
		assertThat(marks).as("the rotation's and the history's marks").hasSizeGreaterThan(10);
		for (WebElement mark : marks) {
			mark.click();
			WebElement opened = this.waiting.until(browser -> shown("#evidence"));
			assertThat(opened.getText()).as("the evidence of %s", mark.getDomAttribute("data-evidence"))
				.contains("How it is known: ").doesNotContain("null");
			opened.findElement(By.id("evidence-close")).click();
			this.waiting.until(browser -> shown("#evidence") == null);
		}
		this.browser.findElement(By.cssSelector("#history [data-evidence='Kazakhstan is named to host']")).click();
		this.waiting.until(browser -> shown("#evidence"));

		String shared = this.browser.getCurrentUrl();
		assertThat(shared).as("the open evidence has an address").contains("country=KZ", "commitment=", "evidence=");
		this.browser.get(shared);
		this.waiting.until(browser -> "true".equals(script("return document.body.dataset.ready")));
		assertThat(new Select(this.browser.findElement(By.id("country"))).getFirstSelectedOption().getText())
			.isEqualTo("Kazakhstan");
		this.waiting.until(browser -> this.browser.findElement(By.id("history")).getText().contains("Status history"));
		WebElement evidence = this.waiting.until(browser -> shown("#evidence"));
		assertThat(evidence.getText()).contains("Kazakhstan is named to host", "How it is known: stated by its sources")
			.doesNotContain("null");
	}

	@Test
	void selectingAPartnershipShowsItsEvidence() {
		open("");
		WebElement heaviest = this.browser.findElement(By.cssSelector("#edges button"));
		String edge = heaviest.getAttribute("data-edge");
		heaviest.click();
		WebElement evidence = this.waiting.until(browser -> shown("#evidence"));
		this.waiting.until(browser -> !evidence.findElements(By.cssSelector(".edge-evidence li")).isEmpty());
		assertThat(evidence.findElements(By.cssSelector(".edge-evidence blockquote"))).isNotEmpty();
		assertThat(evidence.findElements(By.cssSelector(".edge-evidence li"))).as("each fact says how it is known")
			.allSatisfy(fact -> assertThat(fact.getText()).containsPattern("\\((stated by its sources|inferred by a curator|assumed by convention)\\)"))
			.allSatisfy(fact -> assertThat(fact.getText()).doesNotContain("null"));
		assertThat((Boolean) script("return graph.getElementById(arguments[0]).selected()", edge)).isTrue();
		assertThat(this.browser.getCurrentUrl()).as("the open partnership has an address").contains("edge=");
		this.browser.get(this.browser.getCurrentUrl());
		WebElement reopened = this.waiting.until(browser -> shown("#evidence"));
		this.waiting.until(browser -> !reopened.findElements(By.cssSelector(".edge-evidence li")).isEmpty());
		reopened.findElement(By.id("evidence-close")).click();
		this.waiting.until(browser -> !this.browser.getCurrentUrl().contains("edge="));

		new Select(this.browser.findElement(By.id("from"))).selectByValue("istiqbolli-avlod");
		new Select(this.browser.findElement(By.id("to"))).selectByValue("kazakhstan-law-enforcement-academy");
		this.waiting.until(browser -> this.browser.findElement(By.id("path")).getText().startsWith("Path: "));
		assertThat(this.browser.findElement(By.id("path")).getText()).as("each fact once, a conference by place and date")
			.startsWith("Path: Istiqbolli Avlod ← co organised by ← Conference in Bukhara, 2021-11-25")
			.doesNotContain("Strengthening");
		assertThat((Long) script("return graph.$('node.on-path.path-only').length"))
			.as("the conferences the path passes through are drawn while it is shown").isGreaterThanOrEqualTo(1);
		assertThat((Boolean) script("return graph.$('node.on-path').every(node => node.connectedEdges('.on-path').nonempty())"))
			.as("every node on the path is connected on it").isTrue();
		assertThat((Boolean) script("return graph.$('node.on-path').every(node => node.width() === node.height())"))
			.as("the actors on a path are drawn as circles, not slivers").isTrue();
		assertThat((Long) script("return graph.nodes().filter(node => node.style('label') !== '' && !node.hasClass('on-path')).length"))
			.as("at the default zoom only the most connected actors and those on the path are named").isLessThanOrEqualTo(6);
	}

	@Test
	void aSearchShowsItsPassagesWithTheWordsHighlighted() {
		open("");
		WebElement box = this.browser.findElement(By.id("q"));
		box.sendKeys("every life");
		box.submit();
		this.waiting.until(browser -> !this.browser.findElements(By.cssSelector("#hits mark")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector("#hits mark"))).extracting(WebElement::getText)
			.anySatisfy(word -> assertThat(word).isEqualToIgnoringCase("every"))
			.anySatisfy(word -> assertThat(word).isEqualToIgnoringCase("life"));
		assertThat(this.browser.getCurrentUrl()).contains("q=every+life");
	}

	@Test
	void aCuratorsChangeAppearsOnTheOpenPageWithoutAReload() {
		open("");
		this.waiting.until(browser -> script("return document.getElementById('live').textContent").toString()
			.startsWith("Live:"));
		script("window.notReloaded = true");
		recordUnsourcedAssessment(signedIn(this.graphQl, basic("carla")), "the explorer follows it");
		this.waiting.until(browser -> "PENDING".equals(
				script("return document.querySelector(\"#rotation li[data-year='2025'] .badge\").textContent")));
		assertThat((Boolean) script("return window.notReloaded === true")).isTrue();
	}

	@Test
	void aCountrysBriefingIsOneClickAwayAndTheOverdueHostingsAreListed() throws IOException {
		open("?country=KZ&asOf=2025-12-31");
		this.waiting.until(browser -> script("return document.querySelector('#overdue li[data-country=KG]') !== null"));
		assertThat(this.browser.findElement(By.cssSelector("#overdue li[data-country=KG]")).getText())
			.contains("Kyrgyzstan", "due 2024");
		assertThat(this.browser.findElements(By.cssSelector("#overdue li[data-country=KZ]")))
			.as("Kazakhstan's hosting was held").isEmpty();
		WebElement briefing = this.waiting.until(browser -> this.browser
			.findElements(By.xpath("//*[@id='commitments-briefing']//a[.='Briefing: Kazakhstan']")).stream().findFirst().orElse(null));
		String address = briefing.getDomAttribute("href");
		String expected = this.graphQl.document("query($asOf: Date) { country(code: \"KZ\") { briefing(asOf: $asOf) { html } } }")
			.variable("asOf", "2025-12-31").execute().path("country.briefing.html").entity(String.class).get();
		assertThat(address).as("the address the API gives").isEqualTo(expected);
		briefing.click();
		this.waiting.until(browser -> !this.browser.findElements(By.cssSelector(".footnotes li")).isEmpty());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Briefing: Kazakhstan");
		assertThat(this.browser.findElement(By.cssSelector("header")).getText()).contains("As of 31 December 2025");
		assertThat(cspViolations(this.browser)).isEmpty();
		assertThat(axeViolations(this.browser)).as("the briefing's accessibility violations").noneSatisfy(
				violation -> assertThat(violation.get("impact")).isIn("serious", "critical"));
	}

	@Test
	void thePageHasNoSeriousAccessibilityViolation() throws IOException {
		open("?country=KZ&q=every%20life");
		this.waiting.until(browser -> !this.browser.findElements(By.cssSelector("#hits li")).isEmpty());
		assertThat(axeViolations(this.browser)).as("accessibility violations").noneSatisfy(
				violation -> assertThat(violation.get("impact")).isIn("serious", "critical"));
	}

	private void open(String query) {
		this.browser.get("http://localhost:" + this.port + "/" + query);
		this.waiting.until(browser -> "true".equals(script("return document.body.dataset.ready")));
	}

	private List<WebElement> rows() {
		return this.browser.findElements(By.cssSelector("#commitments tbody tr"));
	}

	private WebElement shown(String selector) {
		WebElement element = this.browser.findElement(By.cssSelector(selector));
		return element.isDisplayed() ? element : null;
	}

	@SuppressWarnings("unchecked")
	private <T> T script(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) this.browser).executeScript(script, arguments);
	}

}
