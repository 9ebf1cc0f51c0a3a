package io.greenloop.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver; Selenium is never
 * allowed to download a browser. Where they are not installed the browser tests are
 * skipped, unless {@code GREENLOOP_REQUIRE_BROWSER=true} (as in CI), which makes their
 * absence a failure.
 */
final class Browser {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GREENLOOP_CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("GREENLOOP_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private Browser() {
	}

	static WebDriver start() throws Exception {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && Boolean.parseBoolean(System.getenv("GREENLOOP_REQUIRE_BROWSER"))) {
			fail("GREENLOOP_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
		}
		assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
				"--user-data-dir=" + Files.createTempDirectory("greenloop-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

}
