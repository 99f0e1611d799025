package org.accordgraph.graphql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.accordgraph.AccordGraphTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.accordgraph.ApiAssertions.cspViolations;
import static org.accordgraph.ApiAssertions.headlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in a real browser, headless Chromium, that can resolve no host but localhost: the page
 * loads everything from the service, runs a query, shows the answer, and documents the schema
 * with its descriptions. Needs Debian's {@code chromium} and {@code chromium-driver} (which
 * {@code .ci/run} installs); without them it skips, saying so.
 */
@AccordGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphiqlBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait waiting;

	@BeforeAll
	void startBrowser(@TempDir Path profile) {
		this.browser = headlessChromium(profile);
		this.waiting = new WebDriverWait(this.browser, PATIENCE);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void runsAQueryAndDocumentsTheSchemaWithNothingButTheService() {
		String service = "http://localhost:" + this.port;
		String query = "query Kazakhstan($code: String!) { country(code: $code) { name } }";
		this.browser.get(service + "/graphiql?path=/graphql&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
				+ "&variables=" + URLEncoder.encode("{\"code\": \"kz\"}", StandardCharsets.UTF_8));
		this.waiting.until(browser -> query.equals(
				script("return document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror.getValue()")));
		this.browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
		this.waiting.until(browser -> !responseText().isBlank());
		assertThat(responseText()).contains("\"name\": \"Kazakhstan\"").doesNotContain("errors");

		this.browser.findElement(By.cssSelector("[aria-label='Show Documentation Explorer']")).click();
		this.waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-doc-explorer"),
				"Root Types"));
		this.browser.findElement(By.xpath("//*[contains(@class,'graphiql-doc-explorer')]//a[text()='Query']")).click();
		this.waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-doc-explorer"),
				"Which country is named to host each edition of a conference series"));

		List<String> loaded = script("return performance.getEntriesByType('resource').map(entry => entry.name)");
		assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(service + "/"));
		assertThat(cspViolations(this.browser)).as("what the Content-Security-Policy refused").isEmpty();
	}

	@Test
	void anAddressNamingAnotherHostsEndpointStillAsksOnlyTheService() {
		String service = "http://localhost:" + this.port;
		String query = "{ country(code: \"KZ\") { name } }";
		this.browser.get(service + "/graphiql?path=.evil.test/graphql&wsPath=//evil.test/ws&query="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8));
		this.waiting.until(browser -> query.equals(
				script("return document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror.getValue()")));
		this.browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
		this.waiting.until(browser -> !responseText().isBlank());
		assertThat(responseText()).contains("\"name\": \"Kazakhstan\"");
		List<String> loaded = script("return performance.getEntriesByType('resource').map(entry => entry.name)");
		assertThat(loaded).allSatisfy(url -> assertThat(url).startsWith(service + "/"));
		assertThat(cspViolations(this.browser)).isEmpty();
	}

	@Test
	void runsASubscriptionOverTheWebSocket() {
		String service = "http://localhost:" + this.port;
		String subscription = "subscription { rotationChanged(series: \"central-asia-tip-conference\") { year } }";
		this.browser.get(service + "/graphiql?query=" + URLEncoder.encode(subscription, StandardCharsets.UTF_8));
		this.waiting.until(browser -> this.browser.getCurrentUrl().contains("wsPath=")
				&& subscription.equals(script("return document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror.getValue()")));
		this.browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
		this.waiting.until(browser -> responseText().contains("\"year\": 2026"));
		assertThat(responseText()).contains("\"year\": 2022").doesNotContain("errors");
		assertThat(cspViolations(this.browser)).as("what the Content-Security-Policy refused").isEmpty();
	}

	private String responseText() {
		return script("return document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()");
	}

	@SuppressWarnings("unchecked")
	private <T> T script(String script) {
		return (T) ((JavascriptExecutor) this.browser).executeScript(script);
	}

}
