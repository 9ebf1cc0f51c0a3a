package io.greenloop.browser;

import java.math.BigDecimal;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.ValuesWorkbook;
import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Measure;
import io.greenloop.plan.TargetComparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation pages in a browser: the autonomous region's reviewer narrows the
 * overview to Bayannur (150800) without reloading the page, follows a target to its own
 * page and finds the chart drawn by ECharts from the data in the page, and the value's
 * source linked. The value is imported for 2023, a year no other test imports there.
 */
@GreenloopTest
class EvaluationBrowserSystemTests {

	static final String REGION = "150800";

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IndicatorCatalogue catalogue;

	BrowserSession session;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws Exception {
		this.session = BrowserSession.open(this.port);
		this.browser = this.session.driver();
		this.wait = this.session.waits();
	}

	@AfterEach
	void closeBrowser() {
		if (this.session != null) {
			this.session.close();
		}
	}

	@Test
	void aReviewerNarrowsTheOverviewAndFindsATargetsChart() {
		IndicatorView target = levelTargetToRaise();
		BigDecimal value = target.baseline().value();
		Api api = new Api(this.mvc);
		api.expect(
				api.upload("admin", "/api/values/import", "values.xlsx",
						ValuesWorkbook
							.of(ValuesWorkbook.row(target.code(), REGION, "2023", value, target.unit(), "浏览器测试"))),
				200);

		this.session.login("region-reviewer");
		this.browser.get(this.session.url("/evaluation"));
		WebElement before = this.browser.findElement(By.id("evaluation-results"));
		new Select(this.browser.findElement(By.id("filter-region"))).selectByValue(REGION);
		this.wait.until(ExpectedConditions.stalenessOf(before));
		this.wait.until(ExpectedConditions.urlContains("region=" + REGION));
		assertThat(this.browser.findElements(By.id("evaluation-filter")))
			.as("the filters stay; only the results change")
			.hasSize(1);
		assertThat(this.browser.findElements(By.cssSelector("#evaluation-table tbody tr td:nth-child(2)"))).isNotEmpty()
			.allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("巴彦淖尔市"));

		WebElement link = this.browser
			.findElement(By.cssSelector("#evaluation-table tr[data-target='" + target.code() + "'] td a"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
		link.click();
		this.wait.until(ExpectedConditions.urlContains("/evaluation/" + target.code()));
		WebElement chart = this.wait.until(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evaluation-chart[data-rendered='true']")));
		WebElement canvas = chart.findElement(By.tagName("canvas"));
		assertThat(canvas.getSize().getWidth()).as("ECharts drew on a canvas").isGreaterThan(100);
		assertThat(this.browser.findElement(By.id("target-region")).getText()).isEqualTo("巴彦淖尔市");
		assertThat(this.browser.findElement(By.cssSelector("#value-sources a.gl-source")).getAttribute("href"))
			.endsWith("/values?item=" + target.code() + "&region=" + REGION + "&period=2023");
	}

	/**
	 * A numeric level target of the autonomous region, higher is better, in percent, with
	 * a baseline below its figure, due in 2025.
	 */
	private IndicatorView levelTargetToRaise() {
		return this.catalogue.indicators(IndicatorQuery.all())
			.stream()
			.filter(t -> t.target().comparator() == TargetComparator.GE && t.measure() == Measure.LEVEL
					&& t.direction() == Direction.HIGHER_IS_BETTER && t.baseline() != null
					&& t.baseline().value() != null && !t.baseline().cumulative() && t.target().value() != null
					&& t.target().year() == 2025 && t.baseline().value().compareTo(t.target().value()) < 0
					&& "150000".equals(t.region()) && "%".equals(t.unit()))
			.findFirst()
			.orElseThrow();
	}

}
