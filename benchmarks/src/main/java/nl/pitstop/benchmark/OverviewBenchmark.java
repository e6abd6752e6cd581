package nl.pitstop.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pitstop.testing.Database;
import nl.pitstop.testing.Folders;
import nl.pitstop.testing.HttpJson;
import nl.pitstop.testing.Staff;

/**
 * The screens that list customers and vehicles, with a garage's first 10 customers and with 100,000
 * (docs/adr/0019): the server time of the customer overview (first page, a search), the schedule
 * form (the page, and the vehicle search as you type), the APIs' pages, and the size of the largest
 * page of each list API. Both states are measured in one run: it starts the system afresh in a
 * folder of its own ({@code ./pitstop start --no-build}, so the ports must be free), registers 10
 * customers and vehicles through the APIs, measures, seeds the rest straight into the databases
 * ({@link SeedData}, with their search terms), and measures again; a first round with the 10, not
 * reported, warms the servers up. It prints the plans the database chose for the searches, to show
 * each reads an index.
 *
 * <p>Each request is sent {@code benchmark.warmup} times (default 100), then timed {@code
 * benchmark.requests} times (300), one at a time, from this JVM; the times are the client's, on the
 * same machine (server time plus loopback).
 */
public final class OverviewBenchmark {

  static final Path ROOT =
      Path.of(System.getProperty("pitstop.command", "pitstop")).toAbsolutePath().getParent();
  static final Path HOME =
      Path.of(
          System.getProperty(
              "benchmark.home", ROOT.resolve("benchmarks/target/overview-benchmark").toString()));
  static final int LARGE = Integer.getInteger("benchmark.customers", 100_000);
  static final int SMALL = 10;
  static final int WARMUP = Integer.getInteger("benchmark.warmup", 100);
  static final int REQUESTS = Integer.getInteger("benchmark.requests", 300);
  static final int LIMIT_BYTES = 100 * 1024;
  static final String WEB_APP = "http://localhost:7005";
  static final LocalDate DAY = LocalDate.now().plusDays(1);

  static final HttpJson CUSTOMER = new HttpJson(URI.create("http://localhost:5100/"));
  static final HttpJson VEHICLE = new HttpJson(URI.create("http://localhost:5000/"));
  static final HttpJson WORKSHOP = new HttpJson(URI.create("http://localhost:5200/"));

  /** What one request cost: the median and the 95th percentile in ms, and the answer's size. */
  record Timing(double median, double p95, int bytes) {}

  private OverviewBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (listening(5100) || listening(7005)) {
      System.err.println(
          "The Pitstop ports are taken: stop the running system first (./pitstop stop).");
      System.exit(2);
    }
    Folders.deleteRecursively(HOME);
    pitstop("start", "--no-build");
    try {
      registerTheFirstCustomers();
      HttpClient office = logIn("office");
      measure(office, "small, to warm up the servers (not reported)");
      Map<String, Timing> small = measure(office, "small");
      System.setProperty("seed.customers", Integer.toString(LARGE - SMALL));
      System.setProperty("seed.events", "0");
      SeedData.customers();
      SeedData.vehicles();
      Map<String, Timing> large = measure(office, "large");
      List<String> plans = plans();
      report(small, large, plans);
    } finally {
      pitstop("stop");
    }
  }

  /** Ten customers, each with a vehicle, as the office registers them; then in the workshop. */
  static void registerTheFirstCustomers() throws InterruptedException {
    String[][] people = {
      {"Anna de Vries", "Utrecht"}, {"Bram Jansen", "Amsterdam"}, {"Cor Bakker", "Delft"},
      {"Dirk Visser", "Zwolle"}, {"Eva Smit", "Den Haag"}, {"Fleur Meijer", "Leiden"},
      {"Gijs de Boer", "Gouda"}, {"Hanna Mulder", "Breda"}, {"Ivo de Groot", "Assen"},
      {"Jet Bos", "Hoorn"}
    };
    for (int i = 0; i < people.length; i++) {
      String id = String.format(Locale.ROOT, "first%027d", i);
      expect(
          201,
          CUSTOMER.post(
              "api/customers",
              """
              {"customerId": "%s", "name": "%s", "address": "Kerkstraat %d",
               "postalCode": "1234 AB", "city": "%s", "telephoneNumber": "06123456%02d",
               "emailAddress": "customer%d@example.com"}
              """
                  .formatted(id, people[i][0], i + 1, people[i][1], i, i)));
      expect(
          201,
          VEHICLE.post(
              "api/vehicles",
              """
              {"licenseNumber": "FR-%02d-ST", "brand": "Volkswagen", "type": "Polo",
               "ownerId": "%s"}
              """
                  .formatted(i, id)));
    }
    HttpJson.eventually(
        Duration.ofSeconds(60),
        "the workshop knows the first vehicles and customers",
        () ->
            WORKSHOP.get("api/refdata/vehicles/FR-09-ST").statusCode() == 200
                && WORKSHOP.get("api/refdata/customers/" + "first%027d".formatted(9)).statusCode()
                    == 200);
  }

  /** Every request of the benchmark, timed. */
  static Map<String, Timing> measure(HttpClient office, String state) throws Exception {
    System.out.printf(Locale.ROOT, "Measuring with %s data%n", state);
    Map<String, Timing> timings = new LinkedHashMap<>();
    timings.put("customer overview, first page", time(() -> page(office, "/customers/")));
    timings.put(
        "customer overview, search \"bram jans\"",
        time(() -> page(office, "/customers/?search=bram+jans")));
    timings.put(
        "customer overview, search \"customer\" (all match)",
        time(() -> page(office, "/customers/?search=customer")));
    timings.put(
        "customer overview, search \"customer 7\"",
        time(() -> page(office, "/customers/?search=customer+7")));
    timings.put(
        "schedule form", time(() -> page(office, "/workshop/schedule.xhtml?planningDate=" + DAY)));
    String viewState = viewState(page(office, "/workshop/schedule.xhtml?planningDate=" + DAY));
    timings.put(
        "schedule form, vehicle search \"fr-0\"", time(() -> suggest(office, viewState, "fr-0")));
    timings.put("API customers, first page (50)", time(() -> CUSTOMER.get("api/customers")));
    timings.put(
        "API customers, search \"bram jans\"",
        time(() -> CUSTOMER.get("api/customers?search=bram+jans")));
    timings.put(
        "API customers, search \"customer\" (all match)",
        time(() -> CUSTOMER.get("api/customers?search=customer")));
    timings.put(
        "API workshop vehicles, search \"FR-0\" (10)",
        time(() -> WORKSHOP.get("api/refdata/vehicles?search=FR-0&size=10")));
    for (String list :
        List.of(
            "api/customers?size=200",
            "api/vehicles?size=200",
            "api/refdata/customers?size=200",
            "api/refdata/vehicles?size=200")) {
      HttpJson api =
          list.startsWith("api/refdata")
              ? WORKSHOP
              : list.contains("vehicles") ? VEHICLE : CUSTOMER;
      HttpResponse<String> largest = api.get(list);
      expect(200, largest);
      timings.put(
          "largest page: " + list,
          new Timing(
              Double.NaN, Double.NaN, largest.body().getBytes(StandardCharsets.UTF_8).length));
    }
    return timings;
  }

  static Timing time(Supplier<HttpResponse<String>> request) {
    int bytes = 0;
    for (int i = 0; i < WARMUP; i++) {
      HttpResponse<String> answer = request.get();
      expect(200, answer);
      bytes = answer.body().getBytes(StandardCharsets.UTF_8).length;
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer = request.get();
      millis.add((System.nanoTime() - start) / 1e6);
      expect(200, answer);
    }
    millis.sort(null);
    return new Timing(
        millis.get(millis.size() / 2),
        millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
        bytes);
  }

  /** A page of the web app, as the logged-in user. */
  static HttpResponse<String> page(HttpClient user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(WEB_APP + path)).GET());
  }

  /** The schedule form's vehicle field asking for suggestions, as PrimeFaces' script does. */
  static HttpResponse<String> suggest(HttpClient user, String viewState, String typed) {
    String form =
        String.join(
            "&",
            "jakarta.faces.partial.ajax=true",
            "jakarta.faces.source=SelectedVehicleLicenseNumber",
            "jakarta.faces.partial.execute=SelectedVehicleLicenseNumber",
            "jakarta.faces.partial.render=SelectedVehicleLicenseNumber",
            "SelectedVehicleLicenseNumber=SelectedVehicleLicenseNumber",
            "SelectedVehicleLicenseNumber_query=" + encode(typed),
            "ScheduleMaintenanceForm=ScheduleMaintenanceForm",
            "jakarta.faces.ViewState=" + encode(viewState));
    HttpResponse<String> answer =
        send(
            user,
            HttpRequest.newBuilder(
                    URI.create(WEB_APP + "/workshop/schedule.xhtml?planningDate=" + DAY))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (!answer.body().contains("FR-0")) {
      throw new IllegalStateException("no suggestion in " + answer.body());
    }
    return answer;
  }

  static String viewState(HttpResponse<String> page) {
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("no view state in the schedule form");
    }
    return state.group(1).replace("&#58;", ":");
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpClient logIn(String user) {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    page(http, "/");
    HttpResponse<String> login =
        send(
            http,
            HttpRequest.newBuilder(URI.create(WEB_APP + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=" + user + "&j_password=" + encode(Staff.password(user)))));
    expect(302, login);
    return http;
  }

  /** The plans H2 chose for the searches and pages: each names the index it reads. */
  static List<String> plans() throws SQLException {
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put(
        "customer: a word's terms (at most 1,001 read)",
        "SELECT t.customer_id FROM customer_search_term t WHERE t.term LIKE 'jans%' ESCAPE '\\'"
            + " FETCH FIRST 1001 ROWS ONLY");
    queries.put(
        "customer: the candidates narrowed by another word",
        "SELECT DISTINCT t.customer_id FROM customer_search_term t WHERE t.customer_id IN ('a',"
            + " 'b') AND t.term LIKE 'bram%' ESCAPE '\\'");
    queries.put(
        "customer: a page of common words",
        "SELECT c.* FROM customer c WHERE EXISTS (SELECT 1 FROM customer_search_term t WHERE"
            + " t.customer_id = c.customer_id AND t.term LIKE 'customer%' ESCAPE '\\') ORDER BY"
            + " c.name, c.customer_id OFFSET 0 ROWS FETCH NEXT 25 ROWS ONLY");
    queries.put(
        "customer: a page of all",
        "SELECT c.* FROM customer c ORDER BY c.name, c.customer_id OFFSET 75 ROWS FETCH NEXT 25"
            + " ROWS ONLY");
    queries.put(
        "vehicle: a page of common words of an owner",
        "SELECT v.* FROM vehicle v WHERE EXISTS (SELECT 1 FROM vehicle_search_term t WHERE"
            + " t.license_number = v.license_number AND t.term LIKE 'golf%' ESCAPE '\\') AND"
            + " v.owner_id = 'x' ORDER BY v.license_number OFFSET 0 ROWS FETCH NEXT 25 ROWS ONLY");
    queries.put(
        "workshop: vehicles by the start of the license number",
        "SELECT v.* FROM planning_vehicle v WHERE v.license_number LIKE 'FR-0%' ESCAPE '\\'"
            + " ORDER BY v.license_number OFFSET 0 ROWS FETCH NEXT 10 ROWS ONLY");
    List<String> plans = new ArrayList<>();
    for (Map.Entry<String, String> query : queries.entrySet()) {
      String database = query.getKey().substring(0, query.getKey().indexOf(':'));
      try (Connection db = Database.connect(database);
          ResultSet plan = db.createStatement().executeQuery("EXPLAIN " + query.getValue())) {
        plan.next();
        Matcher indexes =
            Pattern.compile("/\\* (PUBLIC\\.[A-Z0-9_]+[^*]*)\\*/").matcher(plan.getString(1));
        List<String> used = new ArrayList<>();
        while (indexes.find()) {
          used.add(indexes.group(1).replaceAll("\\s+", " ").strip());
        }
        plans.add(query.getKey() + " -> " + String.join("; ", used));
      }
    }
    return plans;
  }

  static void report(Map<String, Timing> small, Map<String, Timing> large, List<String> plans)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "Overviews with %d and with %,d customers and vehicles (%d requests each after %d)",
            SMALL,
            LARGE,
            REQUESTS,
            WARMUP));
    lines.add(
        String.format(
            Locale.ROOT,
            "%-52s %10s %10s %10s %10s %7s %9s",
            "request",
            "p50 small",
            "p50 large",
            "p95 small",
            "p95 large",
            "ratio",
            "KB large"));
    for (String name : small.keySet()) {
      Timing s = small.get(name);
      Timing l = large.get(name);
      lines.add(
          String.format(
              Locale.ROOT,
              "%-52s %10.1f %10.1f %10.1f %10.1f %7.2f %9.1f%s",
              name,
              s.median(),
              l.median(),
              s.p95(),
              l.p95(),
              l.median() / s.median(),
              l.bytes() / 1024.0,
              l.bytes() > LIMIT_BYTES ? "  OVER 100 KB" : ""));
    }
    lines.add("Plans (H2 EXPLAIN at large):");
    plans.forEach(plan -> lines.add("  " + plan));
    lines.forEach(System.out::println);
    Path out = ROOT.resolve("benchmarks/target/benchmarks/overview.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
  }

  static void pitstop(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("pitstop").toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("PITSTOP_HOME", HOME.toString());
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("pitstop " + String.join(" ", arguments) + ": " + exit);
    }
  }

  static boolean listening(int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("localhost", port), 300);
      return true;
    } catch (IOException closed) {
      return false;
    }
  }

  static void expect(int status, HttpResponse<String> answer) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(
          answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
