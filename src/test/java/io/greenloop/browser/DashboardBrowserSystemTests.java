package io.greenloop.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaders' dashboard in a browser, as the autonomous region's reviewer watches it:
 * the map of the 12 盟市 is drawn; while the page stays open, values imported for 呼伦贝尔市
 * (150700, which no other test uses) turn one target 已达标 and leave another lagging, and
 * the counts, the league's share and the map change by themselves; following the league
 * leads to its own dashboard, whose lagging target leads to its evaluation and on to the
 * values it was computed from.
 */
@GreenloopTest
class DashboardBrowserSystemTests {

	static final String HULUNBUIR = "150700";

	static final String MAP_DATA = """
			const map = echarts.getInstanceByDom(document.getElementById('dashboard-map'));
			return map ? map.getOption().series[0].data.map(item => item.code + '=' + item.value) : [];
			""";

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
	void openBrowser() throws Exception {
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
	void theDashboardFollowsApprovalsByItselfAndDrillsDownToATarget() {
		List<IndicatorView> targets = levelTargetsToRaise();
		IndicatorView lagging = targets.get(0);
		IndicatorView achieved = targets.get(1);
		this.session.login("region-reviewer");
		this.session.follow(By.cssSelector("nav a.nav-link[href='/dashboard']"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dashboard-map canvas")));
		assertThat(this.session.text(By.id("dashboard-title"))).isEqualTo("领导看板 · 内蒙古自治区");
		assertThat(this.browser.findElements(By.cssSelector("#areas tbody tr"))).hasSize(12);
		this.wait.until(browser -> mapData().size() == 12);
		assertThat(mapData()).contains(HULUNBUIR + "=NaN").anyMatch(item -> item.startsWith("152900="));
		long achievedBefore = Long.parseLong(this.session.text(By.cssSelector("#count-ACHIEVED .value")));
		this.session.script("window.stillTheSamePage = true; return null;");

		importValue(lagging, between(lagging, "0.1"));
		importValue(achieved, achieved.target().value());
		this.wait.withTimeout(Duration.ofSeconds(25))
			.until(ExpectedConditions.textToBe(By.cssSelector("#areas tr[data-code='" + HULUNBUIR + "'] .gl-share"),
					"50%"));
		assertThat(this.session.script("return window.stillTheSamePage === true;"))
			.as("refreshed without reloading the page")
			.isEqualTo(true);
		assertThat(Long.parseLong(this.session.text(By.cssSelector("#count-ACHIEVED .value"))))
			.isEqualTo(achievedBefore + 1);
		this.wait.until(browser -> mapData().contains(HULUNBUIR + "=50"));

		this.session.follow(By.cssSelector("#areas tr[data-code='" + HULUNBUIR + "'] td a"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/dashboard?region=" + HULUNBUIR + "&year=2025");
		assertThat(this.session.text(By.id("dashboard-title"))).isEqualTo("领导看板 · 呼伦贝尔市");
		assertThat(this.browser.findElements(By.id("dashboard-map"))).as("a league shows its counties as a table")
			.isEmpty();
		assertThat(this.session.text(By.id("areas"))).contains("海拉尔区");
		assertThat(this.session.text(By.cssSelector("#count-ACHIEVED .value"))).isEqualTo("1");
		WebElement row = this.browser.findElement(
				By.cssSelector("#lagging tr[data-target='" + lagging.code() + "'][data-region='" + HULUNBUIR + "']"));
		assertThat(row.findElement(By.cssSelector("a.gl-target-link")).getAttribute("href"))
			.isEqualTo(this.session.url("/evaluation/" + lagging.code() + "?region=" + HULUNBUIR));
		assertThat(row.findElement(By.cssSelector("td.num a")).getAttribute("href"))
			.isEqualTo(this.session.url("/values?item=" + lagging.code() + "&region=" + HULUNBUIR));
		assertThat(this.browser.findElements(By.cssSelector("#lagging tr[data-target='" + achieved.code() + "']")))
			.isEmpty();

		this.session.follow(By.cssSelector("#lagging tr[data-target='" + lagging.code() + "'] a.gl-target-link"));
		assertThat(this.session.text(By.id("target-name"))).isEqualTo(lagging.name());
		assertThat(this.session.text(By.id("target-region"))).isEqualTo("呼伦贝尔市");
		assertThat(this.browser.findElement(By.cssSelector("#value-sources a.gl-source")).getAttribute("href"))
			.startsWith(this.session.url("/values?item=" + lagging.code() + "&region=" + HULUNBUIR));
	}

	/**
	 * Numeric level targets of the autonomous region, higher is better, with a baseline
	 * below their figure, due this year.
	 */
	private List<IndicatorView> levelTargetsToRaise() {
		List<IndicatorView> targets = this.catalogue.indicators(IndicatorQuery.all())
			.stream()
			.filter(t -> t.target().comparator() == TargetComparator.GE && t.measure() == Measure.LEVEL
					&& t.direction() == Direction.HIGHER_IS_BETTER && t.baseline() != null
					&& t.baseline().value() != null && !t.baseline().cumulative() && t.target().value() != null
					&& t.target().year() == 2025 && t.baseline().value().compareTo(t.target().value()) < 0
					&& "150000".equals(t.region()))
			.toList();
		assertThat(targets).hasSizeGreaterThanOrEqualTo(2);
		return targets;
	}

	private static BigDecimal between(IndicatorView target, String share) {
		BigDecimal base = target.baseline().value();
		return base.add(target.target().value().subtract(base).multiply(new BigDecimal(share)));
	}

	/** Imports an approved value for 2025, as an administrator does through the API. */
	private void importValue(IndicatorView target, BigDecimal value) {
		Api api = new Api(this.mvc);
		byte[] workbook = ValuesWorkbook
			.of(ValuesWorkbook.row(target.code(), HULUNBUIR, "2025", value, target.unit(), "看板浏览器测试"));
		api.expect(api.upload("admin", "/api/values/import", "values.xlsx", workbook), 200);
	}

	@SuppressWarnings("unchecked")
	private List<String> mapData() {
		return (List<String>) this.session.script(MAP_DATA);
	}

}
