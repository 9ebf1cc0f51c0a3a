package io.greenloop.browser;

import java.time.Duration;

import io.greenloop.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser on the application under test, with what every browser test does: log in and
 * out, follow a link to its page, press a button in place, read a text.
 */
final class BrowserSession {

	/**
	 * Scrolls at once: Bootstrap's smooth scrolling would move an element away from the
	 * click.
	 */
	private static final String INSTANT_SCROLL = "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})";

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final int port;

	private BrowserSession(WebDriver driver, int port) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		this.port = port;
	}

	/** Starts the browser (see {@link Browser#start}) on the application at the port. */
	static BrowserSession open(int port) throws Exception {
		return new BrowserSession(Browser.start(), port);
	}

	WebDriver driver() {
		return this.driver;
	}

	WebDriverWait waits() {
		return this.wait;
	}

	void close() {
		this.driver.quit();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Logs in through the form, with the test password of the account. */
	void login(String username) {
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password"))
			.sendKeys("admin".equals(username) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD);
		this.driver.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("nav-user"), username));
	}

	void logout() {
		follow(By.cssSelector("#logout-form button"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
	}

	/**
	 * Follows a link of the navigation bar, which shows only what the user's role uses.
	 */
	void openNav(String path) {
		follow(By.cssSelector("nav a.nav-link[href='" + path + "']"));
		this.wait.until(ExpectedConditions.urlToBe(url(path)));
	}

	/** Clicks a link or a form's button and waits for the page it leads to. */
	void follow(By by) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		WebElement target = this.driver.findElement(by);
		script(INSTANT_SCROLL, target);
		target.click();
		this.wait.until(ExpectedConditions.stalenessOf(page));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
	}

	/** Clicks an element once it is there and clickable, staying on the page. */
	void press(By by) {
		WebElement element = this.wait.until(ExpectedConditions.presenceOfElementLocated(by));
		script(INSTANT_SCROLL, element);
		this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	String text(By by) {
		return this.driver.findElement(by).getText();
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

}
