package it.nl.pitstop.system.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the web app: Debian's headless chromium, driven through its chromedriver (both
 * installed by .ci/run; paths from {@code -Dpitstop.chromium} / {@code -Dpitstop.chromedriver}).
 * Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

  static final String WEB_APP = "http://localhost:7005";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final String name;

  private Browser(ChromeDriver driver, String name) {
    this.driver = driver;
    this.name = name;
  }

  /** A browser with JavaScript on, as office staff use it. */
  static Browser open(String name) {
    return start(name, true);
  }

  /** A browser with JavaScript off: what the server alone does. */
  static Browser withoutJavaScript(String name) {
    return start(name, false);
  }

  private static Browser start(String name, boolean javaScript) {
    Path chromium = Path.of(System.getProperty("pitstop.chromium", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("pitstop.chromedriver", "/usr/bin/chromedriver"));
    assertTrue(
        Files.isExecutable(chromium) && Files.isExecutable(chromedriver),
        "The web app's browser tests need chromium and chromedriver ("
            + chromium
            + ", "
            + chromedriver
            + "): apt-get install chromium chromium-driver (.ci/run does)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=en-GB",
        "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB"));
    if (!javaScript) {
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "intl.accept_languages",
              "en-GB",
              "profile.managed_default_content_settings.javascript",
              2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver, name);
  }

  void go(String path) {
    driver.get(WEB_APP + path);
  }

  void click(String id) {
    driver.findElement(By.id(id)).click();
  }

  /** Clicks the table cell that shows {@code text}, as the original's UI test does. */
  void clickCell(String text) {
    driver.findElement(By.xpath("//td[.//text()[contains(., " + literal(text) + ")]]")).click();
  }

  /** Types into the input that the label with {@code labelText} is for. */
  void fill(String labelText, String value) {
    WebElement input = input(labelText);
    input.clear();
    input.sendKeys(value);
  }

  /** The input a label with exactly this text is bound to (fails if there is none). */
  WebElement input(String labelText) {
    WebElement label =
        driver.findElement(By.xpath("//label[normalize-space(.)=" + literal(labelText) + "]"));
    return driver.findElement(By.id(label.getAttribute("for")));
  }

  void selectByText(String id, String text) {
    new Select(driver.findElement(By.id(id))).selectByVisibleText(text);
  }

  void selectByValue(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  List<String> optionValues(String id) {
    return new Select(driver.findElement(By.id(id)))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  String text(String id) {
    return driver.findElement(By.id(id)).getText().trim();
  }

  String value(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  boolean present(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  String pageTitle() {
    return text("PageTitle");
  }

  String browserTitle() {
    return driver.getTitle();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String pageSource() {
    return driver.getPageSource();
  }

  /** The messages above the form (e.g. "Unable to register: ..."). */
  String formMessages() {
    return driver.findElements(By.cssSelector("#Messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("")
        .trim();
  }

  /** The message beside the input with this id. */
  String fieldMessage(String inputId) {
    return driver.findElements(By.id(inputId + "-message")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("")
        .trim();
  }

  Object script(String javaScript) {
    return driver.executeScript(javaScript);
  }

  void expectPage(String pageTitle) {
    assertEquals(pageTitle, pageTitle(), "page title at " + url());
  }

  /** Reloads until {@code condition} holds (eventual consistency, a server coming back). */
  void reloadUntil(Duration timeout, Supplier<Boolean> condition, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.get()) {
      assertTrue(System.nanoTime() < deadline, "not within " + timeout + ": " + what);
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      driver.navigate().refresh();
    }
  }

  WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** Saves the page as {@code target/screenshots/{name}-{step}.png}. */
  void screenshot(String step) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          shot,
          SCREENSHOTS.resolve(name + "-" + step + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  /** An XPath string literal for any text. */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
