package org.accordgraph.proposal;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.accordgraph.ApiAssertions.basic;
import static org.accordgraph.ApiAssertions.axeViolations;
import static org.accordgraph.ApiAssertions.headlessChromium;
import static org.accordgraph.ApiAssertions.saveScreenshot;
import static org.accordgraph.ApiAssertions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curators' page ({@code /explorer/curate.html}) in headless Chromium: a curator signs in,
 * pastes a news item, follows a highlight to its proposal, rejects one, corrects another's record
 * and accepts the rest with the keyboard; what the page accepted is in the graph. Its screenshots
 * go to {@code target/explorer-screenshots/}; it has no serious accessibility violation (axe-core).
 * Skips, saying why, without Chromium.
 */
@AccordGraphTest
@ExtendWith(RestoresTheGraph.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalPageBrowserTests {

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
	void aCuratorPastesANewsItemFollowsAHighlightRejectsOneCorrectsOneAndAcceptsTheRest() throws IOException {
		signIn("carla");
		propose(AcceptProposalsTests.DUSHANBE);
		List<WebElement> highlights = this.browser.findElements(By.cssSelector("#document-text a.hl"));
		assertThat(highlights).as("each proposal's words are highlighted").hasSizeGreaterThanOrEqualTo(3);
		highlights.get(0).click();
		WebElement focused = this.browser.switchTo().activeElement();
		assertThat(focused.getDomAttribute("data-proposal")).as("a highlight leads to its proposal").isNotNull();
		assertThat(focused.getText()).contains("Event", "Partnerships against Trafficking in Persons in Central Asia");
		assertThat(axeViolations(this.browser)).as("accessibility violations with the proposals shown")
			.noneSatisfy(violation -> assertThat(violation.get("impact")).isIn("serious", "critical"));

		WebElement participantKg = proposal("Participant", "“Kyrgyzstan” (participants)");
		participantKg.findElement(By.cssSelector("button.reject")).click();
		this.waiting.until(browser -> participantKg.getText().contains("Rejected"));

		WebElement event = proposal("Event", "Dushanbe");
		event.findElement(By.tagName("summary")).click();
		WebElement fields = event.findElement(By.cssSelector("textarea.fields"));
		String corrected = fields.getDomProperty("value").replace("\"dushanbe-2025\"", "\"dushanbe-partnerships-2025\"");
		script("arguments[0].value = arguments[1]", fields, corrected);
		for (WebElement other : this.browser.findElements(By.cssSelector("#proposals > li"))) {
			if (!other.getText().startsWith("Event")) {
				WebElement otherFields = other.findElement(By.cssSelector("textarea.fields"));
				script("arguments[0].value = arguments[0].value.replaceAll('\"dushanbe-2025\"', '\"dushanbe-partnerships-2025\"')",
						otherFields);
			}
		}
		WebElement accept = this.browser.findElement(By.id("accept"));
		accept.click();
		this.waiting.until(browser -> this.browser.findElement(By.id("outcome")).getText().contains("The document as a source"));
		this.browser.findElement(By.id("publisher")).sendKeys("UNODC Regional Office for Central Asia");
		script("arguments[0].focus()", accept);
		accept.sendKeys(Keys.ENTER);
		this.waiting.until(browser -> this.browser.findElement(By.id("outcome")).getText().contains("Accepted as one change"));
		assertThat(this.browser.findElement(By.id("outcome")).getText()).contains("Conference",
				"Ministry of Internal Affairs of the Republic of Tajikistan");

		signedIn(this.graphQl, basic("carla")).document(AcceptProposalsTests.CONFERENCE)
			.variable("slug", "dushanbe-partnerships-2025")
			.execute()
			.path("conference.participants[*].actor.code").entityList(String.class)
			.satisfies(codes -> assertThat(codes).as("Kyrgyzstan's proposal was rejected").containsExactlyInAnyOrder("KZ", "TM", "UZ"));
	}

	@Test
	void aBrokenRecordIsShownBesideItsProposalAndNothingIsWritten() {
		signIn("carla");
		propose(AcceptProposalsTests.DUSHANBE);
		WebElement event = proposal("Event", "Dushanbe");
		event.findElement(By.tagName("summary")).click();
		WebElement fields = event.findElement(By.cssSelector("textarea.fields"));
		script("arguments[0].value = arguments[0].value.replace('2025-07-29', '2025-07-39')", fields);
		this.browser.findElement(By.id("accept")).click();
		this.waiting.until(browser -> !event.findElement(By.cssSelector(".error")).getText().isEmpty());
		assertThat(event.findElement(By.cssSelector(".error")).getText()).contains("startDate");
		assertThat(this.browser.findElement(By.id("status")).getText()).contains("Nothing was written");
		signedIn(this.graphQl, basic("carla")).document(AcceptProposalsTests.CONFERENCE)
			.variable("slug", "dushanbe-2025")
			.execute()
			.path("conference").valueIsNull();
	}

	@Test
	void aReaderWithoutTheCuratorsRoleIsNotLetIn() {
		this.browser.get("http://localhost:" + this.port + "/explorer/curate.html");
		this.browser.findElement(By.id("user")).sendKeys("rita");
		this.browser.findElement(By.id("password")).sendKeys("test-password", Keys.ENTER);
		this.waiting.until(browser -> this.browser.findElement(By.id("status")).getText().contains("Sign-in refused"));
		assertThat(this.browser.findElement(By.id("document-panel")).isDisplayed()).isFalse();
	}

	private void signIn(String user) {
		this.browser.get("http://localhost:" + this.port + "/explorer/curate.html");
		this.browser.findElement(By.id("user")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys("test-password", Keys.ENTER);
		this.waiting.until(browser -> this.browser.findElement(By.id("document-panel")).isDisplayed());
	}

	private void propose(String text) {
		script("document.getElementById('text').value = arguments[0]", text);
		this.browser.findElement(By.cssSelector("#propose button[type=submit]")).click();
		this.waiting.until(browser -> !this.browser.findElements(By.cssSelector("#proposals > li")).isEmpty());
	}

	private WebElement proposal(String kind, String words) {
		return this.browser.findElements(By.cssSelector("#proposals > li"))
			.stream()
			.filter(item -> item.getText().startsWith(kind) && item.getText().contains(words))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " proposal with " + words));
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.browser).executeScript(script, arguments);
	}

}
