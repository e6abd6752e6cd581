package it.nl.pitstop.system;

import it.nl.pitstop.system.webapp.WebLogin;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.pitstop.testing.ServiceTls;
import nl.pitstop.testing.Staff;

/**
 * A steady stream of what the office does, against the APIs as the web app calls them: register a
 * customer, register their vehicle, plan a job for it and finish every other job; when a worker's
 * day is full, the day is announced (DayHasPassed) once the handlers have its jobs. Alongside, a
 * prober reads every API and a web app page. Every answer is recorded with the phase of the fault
 * scenario it fell in, and what was accepted is remembered for the checks afterwards.
 *
 * <p>An answer is {@link Answer#ACCEPTED accepted} (2xx), {@link Answer#REFUSED refused} (4xx or
 * 503: the service says it cannot do it now), {@link Answer#NO_ANSWER not given} (the connection
 * was refused or broke: the server was down or died) or a failure: {@link Answer#SERVER_ERROR any
 * other 5xx} or {@link Answer#HANG no answer within the timeout}; no answer in time from a server
 * that is {@link StartingServers starting} is {@link Answer#SLOW_WHILE_STARTING} (a Service would
 * not have sent it the request). A command without an answer may or may not have been applied; its
 * job is {@link #doubtful}.
 */
final class CommandStream {

  enum Answer {
    ACCEPTED,
    REFUSED,
    NO_ANSWER,
    SERVER_ERROR,
    HANG,
    SLOW_WHILE_STARTING
  }

  /** An answer, and whether its server was starting when the request was sent. */
  record Call(
      String phase, String what, Answer answer, int status, String detail, boolean toStarting) {}

  /** A job the stream planned, and the phase its plan was sent in. */
  record Job(
      UUID jobId,
      String customerId,
      String emailAddress,
      String licenseNumber,
      LocalDateTime start,
      LocalDateTime end,
      String sentDuring) {

    LocalDate day() {
      return start.toLocalDate();
    }
  }

  /** A worker's full day, to be announced. */
  record Day(LocalDate date, List<Job> jobs) {}

  static final Duration TIMEOUT = Duration.ofSeconds(20);
  static final int WORKERS = 3;
  static final int JOBS_PER_DAY = 8;

  /** The APIs over HTTPS as the system tests run them, trusting the local service CA. */
  private static final HttpClient HTTP =
      ServiceTls.trusting(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))).build();

  private static final URI WEBAPP = URI.create("http://localhost:7005/");

  /**
   * The instances of each API the stream sends to, in turn, as a Service spreads requests over its
   * pods: one each, or two of the customer, workshop and handlers servers ({@code pitstop server
   * start NAME --instance 2}, on the port after the first's).
   */
  record Targets(List<URI> customer, List<URI> vehicle, List<URI> workshop, List<URI> handlers) {

    static Targets single() {
      return new Targets(
          List.of(Pitstop.CUSTOMER.base()),
          List.of(Pitstop.VEHICLE.base()),
          List.of(Pitstop.WORKSHOP.base()),
          List.of(Pitstop.HANDLERS.base()));
    }

    static Targets replicated() {
      return new Targets(
          List.of(Pitstop.CUSTOMER.base(), Pitstop.server(5101).base()),
          List.of(Pitstop.VEHICLE.base()),
          List.of(Pitstop.WORKSHOP.base(), Pitstop.server(5201).base()),
          List.of(Pitstop.HANDLERS.base(), Pitstop.server(5301).base()));
    }
  }

  private final Targets targets;
  private final StartingServers starting;
  private final AtomicInteger turn = new AtomicInteger();
  private final AtomicBoolean hangCaptured = new AtomicBoolean();
  private HttpClient webApp;

  /** Starts every customer id of this stream. */
  final String prefix = "fault-" + UUID.randomUUID().toString().substring(0, 8) + "-";

  /** The first worker's first day: far beyond the days other tests pick. */
  final LocalDate firstDay =
      LocalDate.of(4000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));

  final Queue<Call> calls = new ConcurrentLinkedQueue<>();
  final Set<String> customers = ConcurrentHashMap.newKeySet();
  final Set<String> vehicles = ConcurrentHashMap.newKeySet();
  final Map<UUID, Job> planned = new ConcurrentHashMap<>();
  final Set<UUID> finished = ConcurrentHashMap.newKeySet();
  final Set<UUID> doubtful = ConcurrentHashMap.newKeySet();

  final Set<LocalDate> days = ConcurrentHashMap.newKeySet();
  final Set<LocalDate> announced = ConcurrentHashMap.newKeySet();

  private final SystemState stores;
  private final BlockingQueue<Day> fullDays = new LinkedBlockingQueue<>();
  private final List<Thread> workers = new ArrayList<>();
  private final Thread announcer = new Thread(this::announceDays, "announcer");
  private final Thread prober = new Thread(this::probe, "prober");
  private final Thread readiness = new Thread(this::probeReadiness, "readiness");
  private volatile String phase = "steady";
  private volatile boolean running = true;
  private boolean handlersBehind;

  CommandStream(SystemState stores, Targets targets) {
    this.stores = stores;
    this.targets = targets;
    this.starting =
        new StartingServers(
            HTTP,
            Stream.of(targets.customer(), targets.vehicle(), targets.workshop(), targets.handlers())
                .flatMap(List::stream)
                .toList());
  }

  /** The next instance of an API, in turn. */
  private URI next(List<URI> instances) {
    return instances.get(Math.floorMod(turn.getAndIncrement(), instances.size()));
  }

  void start() {
    for (int w = 0; w < WORKERS; w++) {
      int worker = w;
      workers.add(new Thread(() -> work(worker), "worker-" + w));
    }
    workers.forEach(Thread::start);
    announcer.start();
    prober.start();
    readiness.start();
  }

  /** Names the scenario's current phase; calls from now on are recorded under it. */
  void phase(String name) {
    phase = name;
    System.out.printf("%s  phase: %s%n", Instant.now(), name);
  }

  /** Stops issuing commands, then announces the last days. */
  void stop() throws InterruptedException {
    running = false;
    for (Thread worker : workers) {
      worker.join();
    }
    prober.join();
    announcer.join();
    readiness.join();
  }

  List<Call> calls(Predicate<Call> filter) {
    return calls.stream().filter(filter).toList();
  }

  /**
   * Answers by phase and kind, e.g. {@code database down: {ACCEPTED=12, REFUSED 503=40}}, those of
   * a starting server marked, e.g. {@code NO_ANSWER (starting)=9}; then one example of each
   * refusal.
   */
  String summary() {
    Map<String, Map<String, Long>> byPhase = new TreeMap<>();
    Map<String, String> examples = new TreeMap<>();
    for (Call call : calls) {
      String kind =
          (call.answer() == Answer.ACCEPTED || call.answer() == Answer.NO_ANSWER
                  ? call.answer().name()
                  : call.answer() + " " + call.status())
              + (call.toStarting() ? " (starting)" : "");
      byPhase.computeIfAbsent(call.phase(), p -> new TreeMap<>()).merge(kind, 1L, Long::sum);
      if (call.answer() != Answer.ACCEPTED) {
        examples.putIfAbsent(kind, call.what() + ": " + call.detail());
      }
    }
    return byPhase.entrySet().stream()
            .map(e -> "  " + e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("\n"))
        + "\nFor example:\n"
        + examples.entrySet().stream()
            .map(e -> "  " + e.getKey() + " - " + e.getValue())
            .collect(Collectors.joining("\n"));
  }

  // --- the office's commands

  private void work(int worker) {
    LocalDate day = firstDay.plusDays(worker * 10_000L);
    List<Job> jobsOfTheDay = new ArrayList<>();
    int slot = 0;
    for (int unit = 0; running; unit++) {
      String customerId = prefix + worker + "-" + unit;
      String email = customerId + "@example.nl";
      if (send(
              "register customer",
              post(next(targets.customer()), "api/customers", customer(customerId, email)))
          != Answer.ACCEPTED) {
        pause();
        continue;
      }
      customers.add(customerId);
      String plate = licenseNumber(worker, unit);
      if (send(
              "register vehicle",
              post(next(targets.vehicle()), "api/vehicles", vehicle(plate, customerId)))
          != Answer.ACCEPTED) {
        pause();
        continue;
      }
      vehicles.add(plate);
      awaitReferenceData(customerId, plate);

      LocalDateTime start = day.atTime(8, 0).plusHours(slot);
      Job job =
          new Job(UUID.randomUUID(), customerId, email, plate, start, start.plusMinutes(45), phase);
      days.add(day);
      Answer plannedAnswer =
          send(
              "plan job",
              post(next(targets.workshop()), "api/workshopplanning/" + day + "/jobs", plan(job)));
      if (plannedAnswer == Answer.ACCEPTED) {
        planned.put(job.jobId(), job);
        jobsOfTheDay.add(job);
        if (unit % 2 == 0) {
          Answer finishedAnswer = send("finish job", finish(job));
          if (finishedAnswer == Answer.ACCEPTED) {
            finished.add(job.jobId());
          } else if (unanswered(finishedAnswer)) {
            doubtful.add(job.jobId());
          }
        }
      } else if (unanswered(plannedAnswer)) {
        doubtful.add(job.jobId());
      }
      if (++slot == JOBS_PER_DAY) {
        fullDays.add(new Day(day, List.copyOf(jobsOfTheDay)));
        jobsOfTheDay.clear();
        day = day.plusDays(1);
        slot = 0;
      }
    }
    if (slot > 0) {
      fullDays.add(new Day(day, List.copyOf(jobsOfTheDay)));
    }
  }

  /** No answer, or none in time from a starting server: the command may or may not be applied. */
  private static boolean unanswered(Answer answer) {
    return answer == Answer.NO_ANSWER || answer == Answer.SLOW_WHILE_STARTING;
  }

  /**
   * Waits (at most 10 s) until the workshop knows the customer and the vehicle, as the office would
   * see them in the planning screen; plans anyway after that (the workshop then takes them from the
   * job).
   */
  private void awaitReferenceData(String customerId, String plate) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (running && Instant.now().isBefore(deadline)) {
      if (status(get(next(targets.workshop()), "api/refdata/customers/" + customerId)) == 200
          && status(get(next(targets.workshop()), "api/refdata/vehicles/" + plate)) == 200) {
        return;
      }
      sleep(250);
    }
  }

  /**
   * Announces each full day once the handlers that act on DayHasPassed have all its certain jobs
   * (planned, and finished when finished), so that what the day brings is determined; retries the
   * announcement until it is accepted.
   */
  private void announceDays() {
    while (running || workers.stream().anyMatch(Thread::isAlive) || !fullDays.isEmpty()) {
      Day day;
      try {
        day = fullDays.poll(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        return;
      }
      if (day == null) {
        continue;
      }
      List<Job> certain = day.jobs().stream().filter(j -> !doubtful.contains(j.jobId())).toList();
      Set<UUID> finishedOfTheDay =
          certain.stream().map(Job::jobId).filter(finished::contains).collect(Collectors.toSet());
      Instant deadline = Instant.now().plus(handlersBehind ? Duration.ZERO : Duration.ofMinutes(3));
      while (!stores.haveTheJobs(certain, finishedOfTheDay)) {
        if (Instant.now().isAfter(deadline)) {
          // Announced anyway: the checks afterwards find what the handlers lack.
          handlersBehind = true;
          break;
        }
        sleep(500);
      }
      String body = "{\"date\": \"" + day.date() + "\"}";
      Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
      while (Instant.now().isBefore(giveUp)) {
        if (send("announce day", post(next(targets.handlers()), "api/time/day-has-passed", body))
            == Answer.ACCEPTED) {
          announced.add(day.date());
          break;
        }
        sleep(1_000);
      }
    }
  }

  /** Reads every API and a web app page twice a second, to see how each answers in each phase. */
  private void probe() {
    while (running) {
      send("read customers", get(next(targets.customer()), "api/customers"));
      send("read vehicles", get(next(targets.vehicle()), "api/vehicles"));
      send("read planning", get(next(targets.workshop()), "api/workshopplanning/" + firstDay));
      send("read audit log", get(next(targets.handlers()), "api/auditlog?size=1"));
      send("web app customers page", get(WEBAPP, "customers/index.xhtml"));
      sleep(500);
    }
  }

  /** Probes the readiness of every starting API instance once a second, as a Service's would. */
  private void probeReadiness() {
    while (running) {
      starting.probe();
      sleep(1_000);
    }
  }

  // --- HTTP

  private static HttpRequest.Builder post(URI server, String path, String json) {
    return HttpRequest.newBuilder(server.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private static HttpRequest.Builder get(URI server, String path) {
    return HttpRequest.newBuilder(server.resolve(path)).GET();
  }

  private HttpRequest.Builder finish(Job job) {
    return HttpRequest.newBuilder(
            next(targets.workshop())
                .resolve("api/workshopplanning/" + job.day() + "/jobs/" + job.jobId() + "/finish"))
        .header("Content-Type", "application/json")
        .PUT(
            HttpRequest.BodyPublishers.ofString(
                "{\"startTime\": \"%s\", \"endTime\": \"%s\", \"notes\": \"Done\"}"
                    .formatted(job.start(), job.end())));
  }

  /** Sends the request, records the answer under the current phase and returns its kind. */
  private Answer send(String what, HttpRequest.Builder request) {
    String during = phase;
    HttpRequest built = request.timeout(TIMEOUT).build();
    URI uri = built.uri();
    boolean wasStarting = starting.starting(uri);
    try {
      HttpResponse<String> response =
          uri.getPort() == WEBAPP.getPort()
              ? webApp().send(built, HttpResponse.BodyHandlers.ofString())
              : HTTP.send(authorized(built), HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 302 && uri.getPort() == WEBAPP.getPort()) {
        forgetWebAppLogin(); // a restarted web app ended the session: the next read logs in again
      }
      Answer answer =
          status < 300
              ? Answer.ACCEPTED
              : status < 500 || status == 503 ? Answer.REFUSED : Answer.SERVER_ERROR;
      String detail =
          answer == Answer.ACCEPTED
              ? ""
              : response.headers().firstValue("Content-Type").orElse("") + " " + response.body();
      calls.add(new Call(during, what, answer, status, abbreviate(detail), wasStarting));
      return answer;
    } catch (HttpTimeoutException e) {
      Answer answer = wasStarting ? Answer.SLOW_WHILE_STARTING : Answer.HANG;
      calls.add(new Call(during, what, answer, 0, uri.toString(), wasStarting));
      if (answer == Answer.HANG && hangCaptured.compareAndSet(false, true)) {
        // while the request is still open: the stacks of the server that did not answer
        System.out.println("no answer in time from " + uri);
        Diagnostics.capture("hang");
      }
      return answer;
    } catch (IOException e) {
      if (e instanceof ConnectException) {
        starting.refused(uri);
      }
      calls.add(new Call(during, what, Answer.NO_ANSWER, 0, String.valueOf(e), wasStarting));
      return Answer.NO_ANSWER;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.NO_ANSWER;
    }
  }

  private static int status(HttpRequest.Builder request) {
    try {
      return HTTP.send(
              authorized(request.timeout(TIMEOUT).build()), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** An API request with a staff token of every role (docs/adr/0011). */
  private static HttpRequest authorized(HttpRequest request) {
    return HttpRequest.newBuilder(request, (name, value) -> true)
        .header("Authorization", Staff.bearer())
        .build();
  }

  /**
   * A client logged in to the web app as office staff; logged in anew when the login failed (the
   * web app was down).
   */
  private synchronized HttpClient webApp() throws IOException, InterruptedException {
    if (webApp == null) {
      try {
        webApp = WebLogin.as("office");
      } catch (AssertionError notNow) {
        throw new IOException("cannot log in to the web app now: " + notNow.getMessage());
      }
    }
    return webApp;
  }

  private synchronized void forgetWebAppLogin() {
    webApp = null;
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private void pause() {
    sleep(250);
  }

  /** Sleeps; an interrupt ends the sleep and stays set for the caller to see. */
  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // --- bodies

  private static String customer(String customerId, String email) {
    return """
        {"customerId": "%s", "name": "Fault Customer %s", "address": "Dijk 1",
         "postalCode": "1111 AA", "city": "Hoorn", "telephoneNumber": "0229",
         "emailAddress": "%s"}
        """
        .formatted(customerId, customerId, email);
  }

  private static String vehicle(String plate, String ownerId) {
    return """
        {"licenseNumber": "%s", "brand": "Volvo", "type": "V70", "ownerId": "%s"}
        """
        .formatted(plate, ownerId);
  }

  private static String plan(Job job) {
    return WorkshopPlanningFlowIT.planBody(
        job.jobId(), job.start(), job.end(), job.customerId(), job.licenseNumber());
  }

  /** A license number no other run uses: random letters around the worker's unit number. */
  private static String licenseNumber(int worker, int unit) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder plate = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      plate.append((char) ('A' + random.nextInt(26)));
    }
    plate.append('-').append(worker * 300 + unit % 300 + 100).append('-');
    for (int i = 0; i < 3; i++) {
      plate.append((char) ('A' + random.nextInt(26)));
    }
    return plate.toString();
  }
}
