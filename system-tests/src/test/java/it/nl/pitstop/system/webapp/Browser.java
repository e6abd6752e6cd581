package it.nl.pitstop.system.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.pitstop.testing.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the web app: Debian's headless chromium, driven through its chromedriver (both
 * installed by .ci/run; paths from {@code -Dpitstop.chromium} / {@code -Dpitstop.chromedriver}).
 * Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

  public static final String WEB_APP = "http://localhost:7005";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final String name;

  private Browser(ChromeDriver driver, String name) {
    this.driver = driver;
    this.name = name;
  }

  /** A browser with JavaScript on, logged in as office staff (user office). */
  public static Browser open(String name) {
    return open(name, "office");
  }

  /** A browser with JavaScript on, logged in as this local user (office, mechanic, admin). */
  public static Browser open(String name, String user) {
    Browser browser = start(name, true, List.of());
    browser.logIn(user);
    return browser;
  }

  /** A browser with JavaScript off (what the server alone does), logged in as office staff. */
  public static Browser withoutJavaScript(String name) {
    Browser browser = start(name, false, List.of());
    browser.logIn("office");
    return browser;
  }

  /** A browser with JavaScript on that has not logged in. */
  public static Browser anonymous(String name) {
    return start(name, true, List.of());
  }

  /**
   * A browser with JavaScript on that has not logged in and trusts the HTTPS servers of these
   * certificates (a test's own, which no authority signed), by their public keys and for nothing
   * else.
   */
  public static Browser anonymousTrusting(String name, List<X509Certificate> certificates) {
    String keys =
        certificates.stream()
            .map(certificate -> sha256(certificate.getPublicKey().getEncoded()))
            .collect(Collectors.joining(","));
    return start(name, true, List.of("--ignore-certificate-errors-spki-list=" + keys));
  }

  private static String sha256(byte[] bytes) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Logs in through the login page as a local user, with the password ./pitstop made for them; ends
   * on the home page.
   */
  public void logIn(String user) {
    go("/");
    expectPage("Log in");
    driver.findElement(By.id("Username")).sendKeys(user);
    driver.findElement(By.id("Password")).sendKeys(Staff.password(user));
    click("LoginButton");
    expectPage("Pitstop - Garage Management System");
    assertEquals(user, text("UserName"));
  }

  /**
   * Logs in through a servlet form login page ({@code j_security_check}), as an OpenID Connect
   * provider's is, and waits for the page it leads to.
   */
  public void logInWithForm(String user, String password) {
    driver.findElement(By.name("j_username")).sendKeys(user);
    driver.findElement(By.name("j_password")).sendKeys(password);
    navigate(driver.findElement(By.cssSelector("[type=submit]")));
  }

  /** Whether the page asks for a password. */
  public boolean asksForPassword() {
    return !driver.findElements(By.cssSelector("input[type=password]")).isEmpty();
  }

  /** Logs out through the menu bar; ends on the login page. */
  public void logOut() {
    click("UserMenu:LogoutLink");
    expectPage("Log in");
  }

  /** Logs out and in again as another local user. */
  public void logInAs(String user) {
    logOut();
    logIn(user);
  }

  private static Browser start(String name, boolean javaScript, List<String> arguments) {
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
    options.addArguments(arguments);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB"));
    // the console, to find what the pages' Content-Security-Policy refused (close())
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
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

  /** Opens an address outside the web app (another site's page). */
  public void visit(java.net.URI address) {
    driver.get(address.toString());
  }

  public void go(String path) {
    driver.get(WEB_APP + path);
  }

  /** Clicks the button or link with this id and waits for the page it leads to. */
  public void click(String id) {
    navigate(driver.findElement(By.id(id)));
  }

  /**
   * Clicks and waits until the browser has left the current page and loaded the next: a click that
   * submits a form returns before the answer is there.
   */
  private void navigate(WebElement target) {
    WebElement page = driver.findElement(By.tagName("html"));
    target.click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(d -> gone(page));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * Whether an element's document has been replaced. Selenium's {@code stalenessOf} expects a stale
   * element reference, but Chrome answers a query on a node of the document it is just replacing
   * with "Node with given id does not belong to the document" instead (seen with Chrome 156 in a
   * click that completes a job): that means gone too.
   */
  static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * Clicks the table cell that shows {@code text}, as the original's UI test does; follows an
   * overview's "Next" link (25 rows a page) until the cell is on the page, as a user would.
   */
  public void clickCell(String text) {
    By cell = By.xpath("//td[.//text()[contains(., " + literal(text) + ")]]");
    By next = By.id("NextPageButton");
    while (driver.findElements(cell).isEmpty() && !driver.findElements(next).isEmpty()) {
      navigate(driver.findElement(next));
    }
    navigate(driver.findElement(cell));
  }

  /** Searches an overview with its search box and waits for the answer. */
  public void search(String text) {
    WebElement box = driver.findElement(By.id("Search"));
    box.clear();
    box.sendKeys(text);
    navigate(driver.findElement(By.id("SearchButton")));
  }

  /**
   * Types into the search-as-you-type field with this id and chooses the suggestion that shows
   * {@code text}; fails when it is not offered within a few seconds.
   */
  public void choose(String id, String typed, String text) {
    assertTrue(offered(id, typed, text, Duration.ofSeconds(10)), text + " offered for " + typed);
    // The panel may render its list again (a late answer to an earlier keystroke) between finding
    // the suggestion and clicking it, as a user may see it flicker: click the one shown now.
    waiting(Duration.ofSeconds(5))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(suggestion(id, text)).click();
              return true;
            });
    waiting(Duration.ofSeconds(5))
        .until(d -> !d.findElement(By.id(id + "_hinput")).getAttribute("value").isEmpty());
  }

  /**
   * Like {@link #choose}, typing again until the suggestion is offered (what the workshop knows is
   * eventually consistent).
   */
  public void chooseWhenOffered(String id, String typed, String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!offered(id, typed, text, Duration.ofSeconds(3))) {
      assertTrue(System.nanoTime() < deadline, "not offered within " + timeout + ": " + text);
    }
    choose(id, typed, text);
  }

  /** The suggestions the field offers for what is typed into it (none after a few seconds). */
  public List<String> suggestions(String id, String typed) {
    offered(id, typed, "", Duration.ofSeconds(5));
    return driver
        .findElements(By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item"))
        .stream()
        .map(item -> item.getAttribute("data-item-label"))
        .toList();
  }

  /** Types {@code typed} into the field and waits until a suggestion shows {@code text}. */
  private boolean offered(String id, String typed, String text, Duration timeout) {
    WebElement input = driver.findElement(By.id(id + "_input"));
    input.clear();
    input.sendKeys(typed);
    try {
      waiting(timeout).until(ExpectedConditions.visibilityOfElementLocated(suggestion(id, text)));
      return true;
    } catch (org.openqa.selenium.TimeoutException notOffered) {
      return false;
    }
  }

  private static By suggestion(String id, String text) {
    return By.xpath(
        "//*[@id="
            + literal(id + "_panel")
            + "]//li[contains(@class, 'ui-autocomplete-item')][contains(@data-item-label, "
            + literal(text)
            + ")]");
  }

  /** Clicks the link that shows {@code text}. */
  public void clickLink(String text) {
    navigate(driver.findElement(By.xpath("//a[.//text()[contains(., " + literal(text) + ")]]")));
  }

  /** Types into the input that the label with {@code labelText} is for. */
  public void fill(String labelText, String value) {
    WebElement input = input(labelText);
    input.clear();
    input.sendKeys(value);
  }

  /** The input a label with exactly this text is bound to (fails if there is none). */
  public WebElement input(String labelText) {
    WebElement label =
        driver.findElement(
            By.xpath(
                "//label[normalize-space(translate(., '\u00A0', ' '))="
                    + literal(labelText)
                    + "]"));
    return driver.findElement(By.id(label.getAttribute("for")));
  }

  public void selectByText(String id, String text) {
    new Select(driver.findElement(By.id(id))).selectByVisibleText(text);
  }

  public void selectByValue(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  public List<String> optionValues(String id) {
    return new Select(driver.findElement(By.id(id)))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText().trim();
  }

  public String value(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  public boolean present(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String pageTitle() {
    return text("PageTitle");
  }

  /**
   * Makes the page as wide and high as a device's screen (CSS pixels), as a phone or tablet shows
   * it: Chrome's device emulation, which also honours the page's viewport meta tag.
   */
  public void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 1024));
  }

  /**
   * What scrolls sideways: the page when it is wider than its window, every element that scrolls
   * its content sideways inside it (a table in a scrolling card), and the first element that runs
   * past the right edge of the page's card, with how far, in CSS pixels; empty when nothing does.
   */
  @SuppressWarnings("unchecked")
  public List<String> sidewaysScrolling() {
    return (List<String>)
        driver.executeScript(
            """
            const found = [];
            const page = document.documentElement;
            if (page.scrollWidth - page.clientWidth > 0) {
              found.push('the page by ' + (page.scrollWidth - page.clientWidth) + ' px');
            }
            for (const e of document.querySelectorAll('body *')) {
              const overflow = getComputedStyle(e).overflowX;
              if ((overflow === 'auto' || overflow === 'scroll') && e.clientWidth > 0
                  && !['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName)
                  && e.scrollWidth - e.clientWidth > 1) {
                found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + '.' + e.className + ' by ' + (e.scrollWidth - e.clientWidth) + ' px');
              }
            }
            const card = document.querySelector('main.page');
            if (card) {
              const edge = card.getBoundingClientRect().right;
              for (const e of card.querySelectorAll('*')) {
                const box = e.getBoundingClientRect();
                if (box.width > 0 && box.height > 0 && box.right - edge > 1
                    && getComputedStyle(e).visibility !== 'hidden') {
                  found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + " runs past the card's right edge by " + Math.round(box.right - edge) + ' px');
                  break;
                }
              }
            }
            return found;
            """);
  }

  /** Whether the element with this id is shown. */
  public boolean shown(String id) {
    return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
  }

  /** The buttons shown that are lower than this many CSS pixels: their ids or texts. */
  public List<String> buttonsLowerThan(int pixels) {
    return driver
        .findElements(By.cssSelector("a.ui-button, button.ui-button, .menu-button, .pager a"))
        .stream()
        .filter(WebElement::isDisplayed)
        .filter(button -> button.getRect().getHeight() < pixels)
        .map(button -> button.getAttribute("id") + " '" + button.getText() + "'")
        .toList();
  }

  public String browserTitle() {
    return driver.getTitle();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  /** The messages above the form (e.g. "Unable to register: ..."). */
  public String formMessages() {
    return driver.findElements(By.cssSelector("#Messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("")
        .trim();
  }

  /** The message beside the input with this id. */
  public String fieldMessage(String inputId) {
    return driver.findElements(By.id(inputId + "-message")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("")
        .trim();
  }

  public Object script(String javaScript) {
    return driver.executeScript(javaScript);
  }

  public void expectPage(String pageTitle) {
    assertEquals(pageTitle, pageTitle(), "page title at " + url());
  }

  /** Reloads until {@code condition} holds (eventual consistency, a server coming back). */
  public void reloadUntil(Duration timeout, Supplier<Boolean> condition, String what) {
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

  public WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** The text of the document in the frame with this id. */
  public String frameText(String id) {
    driver.switchTo().frame(driver.findElement(By.id(id)));
    try {
      return driver.findElement(By.tagName("body")).getText();
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  /** Saves the page as {@code target/screenshots/{name}-{step}.png}. */
  public void screenshot(String step) {
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

  /**
   * What the pages' Content-Security-Policy refused since the last call, from the browser's
   * console: a script, style or frame a page needs and the policy does not allow (docs/adr/0021).
   */
  public List<String> refusedByThePolicy() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /**
   * Closes the browser, and fails if the policy refused anything a page of the test wanted: every
   * browser test thereby checks that the policy and the pages it walked agree.
   */
  @Override
  public void close() {
    List<String> refused;
    try {
      refused = refusedByThePolicy();
    } finally {
      driver.quit();
    }
    assertEquals(List.of(), refused, name + ": refused by the Content-Security-Policy");
  }

  /** An XPath string literal for any text. */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
