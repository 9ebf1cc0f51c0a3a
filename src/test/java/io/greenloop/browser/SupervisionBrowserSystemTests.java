package io.greenloop.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.greenloop.GreenloopTest;
import io.greenloop.MutableClock;
import io.greenloop.supervision.OverdueRules;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervision path in a browser: an administrator opens a round; 市生态环境局 reports on
 * 003-2.21 with a file of evidence on its to-do list; its reviewer, for the lead unit,
 * accepts it on the round's page; the round's deadline passes (the clock moves, the
 * overdue rules run) with another of the bureau's tasks unreported, which becomes 逾期 and
 * brings a 督办 item onto the bureau's to-do list; the round's .docx, fetched with the
 * browser's session, names every task of the round.
 */
@GreenloopTest
class SupervisionBrowserSystemTests {

	static final String REPORTED = "003-2.21";

	static final LocalDate DEADLINE = LocalDate.of(2025, 12, 10);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	OverdueRules rules;

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
	void closeBrowserAndResetClock() {
		if (this.session != null) {
			this.session.close();
		}
		this.clock.reset();
	}

	@Test
	void aRoundIsOpenedReportedConsolidatedFollowedUpAndReportedInTheBrowser() throws Exception {
		this.session.login("admin");
		this.session.openNav("/dispatch-rounds");
		this.browser.findElement(By.id("name")).sendKeys("2025年第四季度浏览器调度");
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(By.id("deadline")), DEADLINE.toString());
		this.session.press(By.cssSelector("#open-round button[type='submit']"));
		this.wait.until(ExpectedConditions.urlMatches("/dispatch-rounds/\\d+$"));
		String roundUrl = this.browser.getCurrentUrl();
		long round = Long.parseLong(roundUrl.substring(roundUrl.lastIndexOf('/') + 1));
		List<String> tasks = this.browser.findElements(By.cssSelector("#slots tr[data-code]"))
			.stream()
			.map(row -> row.getAttribute("data-code"))
			.filter(code -> !code.matches("\\d{3}-P\\d+"))
			.distinct()
			.toList();
		assertThat(tasks).contains(REPORTED).hasSizeGreaterThan(50);
		this.session.logout();

		this.session.login("hohhot-reporter");
		this.session.openNav("/supervision/todo");
		String section = "section[data-round='" + round + "'] ";
		List<String> mine = this.browser.findElements(By.cssSelector(section + "tr[data-code]"))
			.stream()
			.map(row -> row.getAttribute("data-code"))
			.toList();
		assertThat(mine).contains(REPORTED);
		String unreported = mine.stream().filter(code -> !code.equals(REPORTED)).findFirst().orElseThrow();
		String form = section + "tr[data-code='" + REPORTED + "'] form.report-form ";
		this.browser.findElement(By.cssSelector(form + "textarea[name='text']")).sendKeys("完成园区固废综合利用评估");
		this.browser.findElement(By.cssSelector(form + "input[name='percent']")).sendKeys("70");
		Path evidence = Files.createTempFile("评估报告", ".pdf");
		Files.write(evidence, "%PDF-1.7\n% 评估报告\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
		this.browser.findElement(By.cssSelector(form + "input[name='files']")).sendKeys(evidence.toString());
		this.session.press(By.cssSelector(form + "button[type='submit']"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reported")));
		assertThat(this.browser.findElement(By.cssSelector(section + "tr[data-code='" + REPORTED + "']"))
			.getAttribute("data-state")).isEqualTo("SUBMITTED");
		this.session.logout();

		this.session.login("hohhot-reviewer");
		this.browser.get(roundUrl);
		String row = "#slots tr[data-code='" + REPORTED + "'][data-state='SUBMITTED'] ";
		assertThat(this.browser.findElement(By.cssSelector(row)).getText()).contains("完成园区固废综合利用评估",
				evidence.getFileName().toString());
		this.session.press(By.cssSelector(row + "button.accept"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decided")));
		assertThat(this.browser
			.findElements(By.cssSelector("#slots tr[data-code='" + REPORTED + "'][data-state='ACCEPTED']")))
			.isNotEmpty();
		this.session.logout();

		this.clock.set(DEADLINE.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		this.rules.apply();
		this.session.login("hohhot-reporter");
		this.session.openNav("/supervision/todo");
		List<WebElement> items = this.browser.findElements(By.cssSelector("#items tr[data-task='" + unreported + "']"));
		assertThat(items).as("a 督办 item for the unreported " + unreported).isNotEmpty();
		this.browser.get(this.session.url("/tasks?plan=003"));
		assertThat(this.browser.findElement(By.cssSelector("#tasks tr[data-code='" + unreported + "']"))
			.getAttribute("data-state")).isEqualTo("OVERDUE");

		this.browser.get(roundUrl);
		String href = this.browser.findElement(By.id("download-docx")).getAttribute("href");
		Cookie session = this.browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> docx = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(docx.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			String words = text.getText();
			assertThat(words).contains("2025年第四季度浏览器调度", "完成园区固废综合利用评估");
			tasks.forEach(code -> assertThat(words).as(code).contains(code));
		}
	}

}
