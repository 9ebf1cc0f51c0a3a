package io.greenloop.browser;

import io.greenloop.GreenloopTest;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user opens the catalogue, narrows it down, and opens a target to read where it came
 * from.
 */
@GreenloopTest
class CatalogueBrowserSystemTests {

	@LocalServerPort
	int port;

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
	void filtersTheCatalogueAndOpensATarget() {
		this.browser.get("http://localhost:" + this.port + "/indicators");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("指标目录");
		int all = rows();
		assertThat(all).isGreaterThan(150);

		int hohhot = this.catalogue.indicators(new IndicatorQuery("003", null, null, null, null)).size();
		int straw = this.catalogue.indicators(new IndicatorQuery("003", null, null, null, "秸秆")).size();
		assertThat(straw).isPositive().isLessThan(hohhot);

		new Select(this.browser.findElement(By.id("filter-plan"))).selectByValue("003");
		this.wait.until(driver -> rows() == hohhot);
		assertThat(this.browser.findElements(By.cssSelector("tr.gl-target-row")))
			.allSatisfy(row -> assertThat(row.getAttribute("data-code")).startsWith("003-"));
		this.wait.until(ExpectedConditions.urlContains("plan=003"));

		this.browser.findElement(By.id("filter-text")).sendKeys("秸秆");
		this.wait.until(driver -> rows() == straw);
		assertThat(this.browser.findElement(By.id("result-count")).getText()).contains(String.valueOf(straw));
		assertThat(this.browser.getCurrentUrl()).contains("plan=003", "text=");

		this.browser.findElement(By.linkText("秸秆综合利用率")).click();
		this.wait.until(ExpectedConditions.urlContains("/indicators/003-T18"));
		assertThat(this.browser.findElement(By.id("target-name")).getText()).contains("秸秆综合利用率", "★");
		assertThat(this.browser.findElement(By.id("source-quote")).getText()).contains("秸秆综合利用率★", "85", "90");
		assertThat(this.browser.findElement(By.cssSelector("#target-source .line.hit")).getText()).contains("秸秆综合利用率★");
		WebElement others = this.browser.findElement(By.id("same-concept"));
		assertThat(others.getText()).contains("内蒙古自治区“十四五”循环经济发展规划", "内蒙古自治区");
	}

	@Test
	void switchesToEnglish() {
		this.browser.get("http://localhost:" + this.port + "/indicators/004-T07");
		this.browser.findElement(By.id("lang-en")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("nav"), "Indicator catalogue"));
		assertThat(this.browser.findElement(By.id("target-facts")).getText()).contains("Baseline", "Target",
				"Comparator");
		assertThat(this.browser.findElement(By.id("target-name")).getText()).contains("Binding");
	}

	private int rows() {
		return this.browser.findElements(By.cssSelector("tr.gl-target-row")).size();
	}

}
