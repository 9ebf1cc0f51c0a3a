package io.greenloop.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.reporting.Periods;
import io.greenloop.reporting.ReportItem;
import io.greenloop.reporting.ReportItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting path in a browser, as the demonstration accounts walk it: Hohhot's 生态环境局
 * fills in the third quarter of 2025 for the 无废城市 plan, is told which value is out of
 * range, saves and submits; its reviewer returns it; the reporter fixes a value and
 * submits again; the reviewer approves it and the autonomous region accepts it; the
 * city's leader finds the values and their history.
 * <p>
 * The test clock leaves only 2025Q4 open, which the API workflow test reports, so this
 * test keeps 2025Q3 open while it runs; no other test uses that quarter.
 */
@GreenloopTest
class ReportingBrowserSystemTests {

	static final String PERIOD = "2025Q3";

	static final String HOHHOT = "150100";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Periods periods;

	@Autowired
	ReportItems items;

	BrowserSession session;

	WebDriver browser;

	WebDriverWait wait;

	LocalDate closesOn;

	@BeforeEach
	void openQuarterAndBrowser() throws Exception {
		this.closesOn = this.jdbc.sql("SELECT closes_on FROM reporting.period WHERE code = :code")
			.param("code", PERIOD)
			.query(LocalDate.class)
			.single();
		moveClosingDay(this.periods.today().plusMonths(1));
		this.session = BrowserSession.open(this.port);
		this.browser = this.session.driver();
		this.wait = this.session.waits();
	}

	@AfterEach
	void closeBrowserAndQuarter() {
		if (this.session != null) {
			this.session.close();
		}
		moveClosingDay(this.closesOn);
	}

	@Test
	void aQuarterIsFilledInReturnedFixedApprovedAndAcceptedInTheBrowser() throws Exception {
		this.session.login("hohhot-reporter");
		this.session.openNav("/reporting");
		this.session.follow(By.cssSelector("button[data-form='003'][data-period='" + PERIOD + "']"));
		this.wait.until(ExpectedConditions.urlMatches("/submissions/\\d+$"));
		long id = Long.parseLong(this.browser.getCurrentUrl().replaceAll(".*/submissions/", ""));
		assertThat(state()).isEqualTo("草稿");
		assertThat(this.session.text(By.cssSelector("main p strong"))).isEqualTo(PERIOD);

		String percent = percentLevelItem();
		WebElement percentRow = row(percent);
		assertThat(percentRow.findElement(By.cssSelector("td:nth-child(3)")).getText()).isEqualTo("%");
		String percentName = percentRow.findElement(By.cssSelector("td:nth-child(2) span")).getText();
		type(percent, "120");
		this.session.follow(By.id("save"));
		assertThat(this.session.text(By.id("problem-summary"))).contains("数值未保存");
		assertThat(row(percent).getAttribute("class")).contains("table-danger");
		assertThat(row(percent).getText()).contains(percentName, "百分比在0至100之间", "120");
		assertThat(this.session.text(By.id("problems"))).contains("PERCENT_RANGE");
		openSubmission(id);
		assertThat(value(percent)).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("#changes tr"))).isEmpty();

		int filled = fillEveryValue();
		type(percent, "60");
		this.session.follow(By.id("save"));
		assertThat(this.session.text(By.id("saved"))).isEqualTo("已保存。");
		assertThat(this.browser.findElements(By.cssSelector("#changes tr"))).hasSize(filled);
		assertThat(value(percent)).isEqualTo("60");
		this.session.follow(By.id("submit"));
		assertThat(this.session.text(By.id("done"))).isEqualTo("已报送。");
		assertThat(state()).isEqualTo("已报送");

		logout();
		this.session.login("hohhot-reviewer");
		openFromReview(id);
		this.browser.findElement(By.id("return-reason")).sendKeys("百分比请核实");
		this.session.follow(By.id("return"));
		assertThat(this.session.text(By.id("done"))).isEqualTo("已退回。");
		assertThat(state()).isEqualTo("已退回");
		assertThat(this.session.text(By.id("transitions"))).contains("百分比请核实");

		logout();
		this.session.login("hohhot-reporter");
		this.session.openNav("/reporting");
		this.session.follow(By.cssSelector("#submissions tr[data-id='" + id + "'] a"));
		type(percent, "61.5");
		this.browser.findElement(By.id("reason")).sendKeys("按审核意见核实");
		this.session.follow(By.id("save"));
		assertThat(this.session.text(By.id("saved"))).isEqualTo("已保存。");
		assertThat(this.session.text(By.id("changes"))).contains("61.5", "按审核意见核实");
		this.session.follow(By.id("submit"));
		assertThat(state()).isEqualTo("已报送");
		assertThat(this.session.text(By.cssSelector("main p"))).contains("第2次报送");

		logout();
		this.session.login("hohhot-reviewer");
		openFromReview(id);
		assertThat(row(percent).findElement(By.cssSelector("td:nth-child(6)")).getText()).isEqualTo("61.5");
		this.session.follow(By.id("approve"));
		assertThat(this.session.text(By.id("done"))).isEqualTo("已审核。");
		assertThat(this.session.text(By.cssSelector("#approval-chain li.current"))).contains("150000");
		assertThat(this.browser.findElements(By.id("approve"))).isEmpty();

		logout();
		this.session.login("region-reviewer");
		openFromReview(id);
		this.session.follow(By.id("approve"));
		assertThat(state()).isEqualTo("已通过");

		JsonNode values = api("/api/values?region=" + HOHHOT + "&period=" + PERIOD);
		assertThat(values).hasSize(filled);
		JsonNode approved = null;
		for (JsonNode value : values) {
			if (value.get("itemCode").asString().equals(percent)) {
				approved = value;
			}
		}
		assertThat(approved).as("approved value of " + percent).isNotNull();
		assertThat(approved.get("value").decimalValue()).isEqualByComparingTo("61.5");
		assertThat(approved.get("revision").asInt()).isEqualTo(1);
		assertThat(approved.get("sourceId").asLong()).isEqualTo(id);
		JsonNode history = api(
				"/api/values/history?item=" + encode(percent) + "&region=" + HOHHOT + "&period=" + PERIOD);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("value").decimalValue()).isEqualByComparingTo("61.5");
		assertThat(history.get(0).get("revision").asInt()).isEqualTo(1);
		assertThat(history.get(0).get("approvedBy").asString()).isEqualTo("region-reviewer");

		logout();
		this.session.login("hohhot-leader");
		this.browser.get(this.session.url("/values?region=" + HOHHOT + "&period=" + PERIOD));
		WebElement shown = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.xpath("//table[@id='values']//tr[td/a[text()='" + percent + "']]")));
		assertThat(shown.findElement(By.cssSelector("td:nth-child(4)")).getText()).isEqualTo("61.5");
		assertThat(shown.findElement(By.cssSelector("td:nth-child(3)")).getText()).isEqualTo(PERIOD);
		assertThat(shown.findElement(By.cssSelector("td:nth-child(7) a")).getAttribute("href"))
			.endsWith("/submissions/" + id);
	}

	private void logout() {
		this.session.logout();
		assertThat(this.browser.findElements(By.id("nav-user"))).isEmpty();
	}

	private void openFromReview(long id) {
		this.session.openNav("/review");
		this.session.follow(By.cssSelector("#awaiting tr[data-id='" + id + "'] a"));
		this.wait.until(ExpectedConditions.urlToBe(this.session.url("/submissions/" + id)));
		assertThat(state()).isEqualTo("已报送");
	}

	private void openSubmission(long id) {
		this.browser.get(this.session.url("/submissions/" + id));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submission-title")));
	}

	/**
	 * Types a number into every numeric value and a few words into every other one.
	 * @return how many values were filled in
	 */
	private int fillEveryValue() {
		List<WebElement> inputs = this.browser.findElements(By.cssSelector("#values-form input.gl-value"));
		assertThat(inputs).isNotEmpty();
		for (WebElement input : inputs) {
			input.clear();
			input.sendKeys("decimal".equals(input.getAttribute("inputmode")) ? "50" : "推进中");
		}
		return inputs.size();
	}

	/**
	 * The first item of the grid with a percentage as its level (such as a 利用率), which
	 * the PERCENT_RANGE rule keeps between 0 and 100.
	 */
	private String percentLevelItem() {
		Set<String> percentLevels = this.items.of(this.periods.form("003"))
			.stream()
			.filter(item -> item.numeric() && "%".equals(item.unit()) && "LEVEL".equals(item.measure()))
			.map(ReportItem::code)
			.collect(Collectors.toSet());
		return this.browser.findElements(By.cssSelector("#values-form tr[data-code]"))
			.stream()
			.map(row -> row.getAttribute("data-code"))
			.filter(percentLevels::contains)
			.findFirst()
			.orElseThrow();
	}

	private WebElement row(String code) {
		return this.browser.findElement(By.cssSelector("tr[data-code='" + code + "']"));
	}

	private void type(String code, String value) {
		WebElement input = this.browser.findElement(By.id("value-" + code));
		input.clear();
		input.sendKeys(value);
	}

	private String value(String code) {
		return this.browser.findElement(By.id("value-" + code)).getDomProperty("value");
	}

	private String state() {
		return this.session.text(By.cssSelector("#submission-title .gl-state"));
	}

	private JsonNode api(String path) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString(("hohhot-leader:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.session.url(path)))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json")
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private void moveClosingDay(LocalDate closesOn) {
		this.jdbc.sql("UPDATE reporting.period SET closes_on = :closes WHERE code = :code")
			.param("closes", closesOn)
			.param("code", PERIOD)
			.update();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
