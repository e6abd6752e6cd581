package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.nl.pitstop.system.webapp.Browser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page at a phone's width (390 px), a tablet's (768 px) and a laptop's (1366 px), in Chrome's
 * device emulation: no page scrolls sideways, nor anything in it (a table in its card), on phones
 * and tablets the menu folds away behind its button and every button is at least 44 px high (a
 * finger's size). A screenshot of each page at each width is saved as
 * target/screenshots/responsive-{width}-{page}.png.
 */
@SideBySide
class ResponsiveScreensIT {

  static final int TOUCH = 44;

  static SampleDay sample;

  @BeforeAll
  static void aDayWithSomethingOnEveryScreen() throws Exception {
    sample = SampleDay.make();
  }

  /** Every page, with data to show, by the name of its screenshot. */
  static Map<String, String> pages() {
    String job = "planningDate=" + sample.day() + "&jobId=";
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("about", "/about.xhtml");
    pages.put("customers", "/customers/");
    pages.put("customer", "/customers/details.xhtml?id=" + sample.customerId());
    pages.put("register-customer", "/customers/register.xhtml");
    pages.put("vehicles", "/vehicles/");
    pages.put("vehicle", "/vehicles/details.xhtml?licenseNumber=" + sample.plate());
    pages.put("register-vehicle", "/vehicles/register.xhtml?ownerId=" + sample.customerId());
    pages.put("day", "/workshop/?planningDate=" + sample.day());
    pages.put("week", "/workshop/week.xhtml?weekOf=" + sample.day());
    pages.put("job", "/workshop/job.xhtml?" + job + sample.finishedJob());
    pages.put("schedule", "/workshop/schedule.xhtml?planningDate=" + sample.day());
    pages.put("finish", "/workshop/finish.xhtml?" + job + sample.plannedJob());
    pages.put("invoices", "/invoices/");
    pages.put("invoice", "/invoices/details.xhtml?id=" + sample.invoiceId());
    pages.put("auditlog", "/auditlog/");
    return pages;
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {390, 768, 1366})
  void everyPageFitsTheScreenWithTouchSizedButtons(int width) {
    String folder = "responsive-" + width;
    List<String> problems = new ArrayList<>();
    try (Browser login = Browser.anonymous(folder)) {
      login.viewport(width, 900);
      login.go("/login.xhtml");
      login.expectPage("Log in");
      check(login, width, "login", problems);
    }
    try (Browser browser = Browser.open(folder, "garage")) {
      browser.viewport(width, 900);
      for (Map.Entry<String, String> page : pages().entrySet()) {
        browser.go(page.getValue());
        assertFalse(
            browser.pageTitle().isEmpty() || browser.present("ForbiddenMessage"),
            page.getKey() + " opens");
        check(browser, width, page.getKey(), problems);
      }
      browser.go("/");
      if (width < 900) {
        if (browser.shown("MainMenu.CustomerManagement") || !browser.shown("MenuButton")) {
          problems.add("the menu is not folded away behind its button");
        } else {
          browser.script("document.getElementById('MenuButton').click();");
          if (!browser.shown("MainMenu.CustomerManagement")) {
            problems.add("the menu button does not show the menu");
          }
          browser.screenshot("menu-open");
        }
      } else if (!browser.shown("MainMenu.CustomerManagement") || browser.shown("MenuButton")) {
        problems.add("the menu is not in the bar on a wide screen");
      }
    }
    assertEquals(List.of(), problems, "at " + width + " px");
  }

  static void check(Browser browser, int width, String page, List<String> problems) {
    browser.screenshot(page);
    List<String> scrolling = browser.sidewaysScrolling();
    if (!scrolling.isEmpty()) {
      problems.add(page + " scrolls sideways: " + scrolling);
    }
    if (width < 900) {
      List<String> small = browser.buttonsLowerThan(TOUCH);
      if (!small.isEmpty()) {
        problems.add(page + " has buttons lower than " + TOUCH + " px: " + small);
      }
    }
  }
}
