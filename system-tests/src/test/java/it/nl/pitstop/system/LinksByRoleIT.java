package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.webapp.Browser;
import it.nl.pitstop.system.webapp.WebLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page shows only the links its user may follow (docs/adr/0011): as each local user (one per
 * role, and {@code garage}, who holds all three), the web app is walked from the home page and from
 * a planning day with jobs, following every link in every page, and every link answers its page
 * (200): none leads to the "not allowed" page, a missing page or an error. Each user also reaches
 * every page their roles open, and the one-person garage reaches them all.
 */
@SideBySide
class LinksByRoleIT {

  /** The pages (paths without their parameters) each role opens by following links. */
  static final Map<String, Set<String>> PAGES_OF_ROLE =
      Map.of(
          "office",
          Set.of(
              "/customers/",
              "/customers/register.xhtml",
              "/customers/details.xhtml",
              "/vehicles/",
              "/vehicles/register.xhtml",
              "/vehicles/details.xhtml",
              "/workshop/",
              "/workshop/week.xhtml",
              "/workshop/job.xhtml",
              "/workshop/schedule.xhtml"),
          "mechanic",
          Set.of(
              "/workshop/",
              "/workshop/week.xhtml",
              "/workshop/job.xhtml",
              "/workshop/finish.xhtml"),
          "admin",
          Set.of("/invoices/", "/invoices/details.xhtml", "/auditlog/"));

  static final Map<String, List<String>> USERS =
      new LinkedHashMap<>(
          Map.of(
              "office", List.of("office"),
              "mechanic", List.of("mechanic"),
              "admin", List.of("admin"),
              "garage", List.of("office", "mechanic", "admin")));

  /** The same page with other parameters (another day, another customer) is followed this often. */
  static final int VISITS_PER_PAGE = 4;

  static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"");

  static LocalDate day;

  /** A day with a planned and a finished job of a registered customer and vehicle, invoiced. */
  @BeforeAll
  static void aPlanningDayWithJobsAndAnInvoice() throws Exception {
    day = SampleDay.make().day();
  }

  @Test
  void everyLinkOnEveryPageOpensForTheUserWhoSeesIt() throws Exception {
    for (Map.Entry<String, List<String>> user : USERS.entrySet()) {
      Set<String> reached = walk(user.getKey());
      Set<String> expected = new TreeSet<>();
      user.getValue().forEach(role -> expected.addAll(PAGES_OF_ROLE.get(role)));
      expected.addAll(Set.of("/", "/about.xhtml"));
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(reached);
      assertTrue(missing.isEmpty(), user.getKey() + " found no link to " + missing);
      Set<String> others = new TreeSet<>(reached);
      others.removeAll(expected);
      assertTrue(others.isEmpty(), user.getKey() + " was led to " + others);
    }
  }

  /** Follows every link from the home page and the day's planning; answers the pages reached. */
  static Set<String> walk(String user) throws Exception {
    HttpClient http = WebLogin.as(user);
    Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
    Set<String> seen = new HashSet<>(toVisit);
    Map<String, Integer> visits = new HashMap<>();
    Set<String> reached = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    boolean dayAdded = false;
    while (!toVisit.isEmpty()) {
      String url = toVisit.poll();
      // A folder's page by either name: /customers/ and the pager's /customers/index.xhtml
      String path = URI.create(url).getPath().replaceFirst("/index\\.xhtml$", "/");
      if (visits.merge(path, 1, Integer::sum) > VISITS_PER_PAGE) {
        continue;
      }
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create(Browser.WEB_APP + url)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (page.statusCode() != 200) {
        failures.add(url + " answered " + page.statusCode());
        continue;
      }
      reached.add(path);
      if (!dayAdded && path.startsWith("/workshop/")) {
        dayAdded = true;
        for (String start :
            List.of("/workshop/?planningDate=" + day, "/workshop/week.xhtml?weekOf=" + day)) {
          if (seen.add(start)) {
            toVisit.addFirst(start);
          }
        }
      }
      // The sample day's links go first: its jobs (a planned one, with "Complete") must be among
      // the pages of each kind that are followed, whatever else other tests planned today.
      boolean sample = url.contains(day.toString());
      List<String> found = new ArrayList<>(links(page.body()));
      if (sample) {
        java.util.Collections.reverse(found);
      }
      for (String link : found) {
        if (seen.add(link)) {
          if (sample) {
            toVisit.addFirst(link);
          } else {
            toVisit.add(link);
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), "as " + user + ": " + failures);
    return reached;
  }

  /** The web app's own pages a page links to (not its styles, scripts or the logout form). */
  static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher href = HREF.matcher(html);
    while (href.find()) {
      String link = href.group(1).replace("&amp;", "&");
      if (link.startsWith(Browser.WEB_APP)) {
        link = link.substring(Browser.WEB_APP.length());
      }
      if (link.startsWith("/")
          && !link.startsWith("//")
          && !link.startsWith("/jakarta.faces.resource/")
          && !link.startsWith("/resources/")) {
        links.add(link.replaceFirst("#.*", ""));
      }
    }
    return links;
  }
}
