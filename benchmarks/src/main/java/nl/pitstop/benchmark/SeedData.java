package nl.pitstop.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.pitstop.support.search.SearchTerms;
import nl.pitstop.testing.Database;

/**
 * Fills the running system's databases ({@code ./pitstop start}) with a year of a busy garage, for
 * the end-to-end benchmark's seeded run: {@code seed.customers} customers (200,000), each with a
 * vehicle, in the customer and vehicle services and in the three handlers' copies, and {@code
 * seed.events} (1,000,000) stored planning events (days of one {@code WorkshopPlanningCreated} and
 * 24 {@code MaintenanceJobPlanned}), with their jobs in the workshop projection, notification and
 * invoicing; and as many audit entries and processed messages per handler, for the registrations
 * and the planning events. The customers and vehicles get their search terms (docs/adr/0019). With
 * {@code seed.events=0} only the customers and vehicles are seeded.
 *
 * <p>Rows are written straight into the tables the servers created (they must have started once),
 * in the form the services write them, on days from 2030 on (the benchmark plans from 2400 on). The
 * planned jobs are open and their reminders not yet due, so no invoice run and no reminder picks
 * them up. Refuses to seed twice.
 */
public final class SeedData {

  private static final int CUSTOMERS = Integer.getInteger("seed.customers", 200_000);
  private static final int EVENTS = Integer.getInteger("seed.events", 1_000_000);
  private static final int JOBS_PER_DAY = 24;
  private static final String JOB_DESCRIPTION = "Major service";
  private static final int BATCH = 1_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2030, 1, 1);
  private static final Instant NOW = Instant.now();

  private SeedData() {}

  public static void main(String[] args) throws Exception {
    try (Connection db = Database.connect("customer");
        ResultSet seeded =
            db.createStatement()
                .executeQuery("select count(*) from customer where customer_id like 'seed%'")) {
      seeded.next();
      if (seeded.getLong(1) > 0) {
        System.out.println("Already seeded: " + seeded.getLong(1) + " seeded customers");
        return;
      }
    }
    int days = EVENTS / (JOBS_PER_DAY + 1);
    int jobs = days * JOBS_PER_DAY;
    long start = System.nanoTime();
    customers();
    vehicles();
    planning(days);
    jobs(jobs);
    auditAndProcessed(days);
    System.out.printf(
        Locale.ROOT,
        "Seeded %,d customers and vehicles, %,d days, %,d stored events, %,d jobs in %.0f s%n",
        CUSTOMERS,
        days,
        days * (JOBS_PER_DAY + 1),
        jobs,
        (System.nanoTime() - start) / 1e9);
  }

  interface Row {
    void bind(PreparedStatement statement, int n) throws SQLException;
  }

  /** Inserts rows 0..count-1 in batches, committing every ten batches. */
  static void insert(String database, String sql, int count, Row row) throws SQLException {
    long start = System.nanoTime();
    try (Connection db = Database.connect(database);
        PreparedStatement statement = db.prepareStatement(sql)) {
      db.setAutoCommit(false);
      for (int n = 0; n < count; n++) {
        row.bind(statement, n);
        statement.addBatch();
        if ((n + 1) % BATCH == 0 || n == count - 1) {
          statement.executeBatch();
          if ((n + 1) % (10 * BATCH) == 0 || n == count - 1) {
            db.commit();
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %,d rows (%s) in %.0f s%n",
        database,
        count,
        sql.substring(0, sql.indexOf('(')).strip(),
        (System.nanoTime() - start) / 1e9);
  }

  static String customerId(int n) {
    return String.format(Locale.ROOT, "seed%028d", n);
  }

  static String licenseNumber(int n) {
    return String.format(Locale.ROOT, "SD-%07d", n);
  }

  static String day(int d) {
    return FIRST_DAY.plusDays(d).toString();
  }

  /** The message id of a seeded event: registrations first, then the planning events. */
  static String messageId(long n) {
    return new UUID(0x5EED_0000_0000_4000L, 0x8000_0000_0000_0000L | n).toString();
  }

  static String jobId(int job) {
    return new UUID(0x5EED_0000_0001_4000L, 0x8000_0000_0000_0000L | job).toString();
  }

  /** A moment in the past year, spread evenly over the rows of a table. */
  static Timestamp past(long n, long of) {
    return Timestamp.from(NOW.minus(Duration.ofDays(365)).plusMillis(n * 31_536_000_000L / of));
  }

  static LocalDateTime start(int job) {
    return LocalDate.parse(day(job / JOBS_PER_DAY))
        .atTime(8, 0)
        .plusMinutes(20L * (job % JOBS_PER_DAY));
  }

  /** Seeded customer {@code n}, as the customer service registered it. */
  record Customer(
      String id,
      String name,
      String address,
      String postalCode,
      String city,
      String telephoneNumber,
      String emailAddress) {

    static Customer of(int n) {
      return new Customer(
          customerId(n),
          "Customer " + n,
          "Stationsweg " + (n % 300 + 1),
          String.format(Locale.ROOT, "%04d AB", 1000 + n % 9000),
          "City " + n % 500,
          String.format(Locale.ROOT, "06%08d", n),
          "customer" + n + "@example.com");
    }
  }

  static void customers() throws SQLException {
    insert(
        "customer",
        "insert into customer (customer_id, name, address, postal_code, city, telephone_number,"
            + " email_address) values (?, ?, ?, ?, ?, ?, ?)",
        CUSTOMERS,
        (s, n) -> {
          Customer customer = Customer.of(n);
          s.setString(1, customer.id());
          s.setString(2, customer.name());
          s.setString(3, customer.address());
          s.setString(4, customer.postalCode());
          s.setString(5, customer.city());
          s.setString(6, customer.telephoneNumber());
          s.setString(7, customer.emailAddress());
        });
    terms(
        "customer",
        "customer_search_term",
        "customer_id",
        CUSTOMERS,
        n -> {
          Customer customer = Customer.of(n);
          return new String[] {
            customer.id(), customer.name(), customer.city(), customer.emailAddress()
          };
        });
    insert(
        "workshop",
        "insert into customer (customer_id, name, telephone_number) values (?, ?, ?)",
        CUSTOMERS,
        (s, n) -> {
          Customer customer = Customer.of(n);
          s.setString(1, customer.id());
          s.setString(2, customer.name());
          s.setString(3, customer.telephoneNumber());
        });
    insert(
        "notification",
        "insert into customer (customer_id, name, telephone_number, email_address)"
            + " values (?, ?, ?, ?)",
        CUSTOMERS,
        (s, n) -> {
          Customer customer = Customer.of(n);
          s.setString(1, customer.id());
          s.setString(2, customer.name());
          s.setString(3, customer.telephoneNumber());
          s.setString(4, customer.emailAddress());
        });
    insert(
        "invoicing",
        "insert into customer (customer_id, name, address, postal_code, city) values (?, ?, ?, ?,"
            + " ?)",
        CUSTOMERS,
        (s, n) -> {
          Customer customer = Customer.of(n);
          s.setString(1, customer.id());
          s.setString(2, customer.name());
          s.setString(3, customer.address());
          s.setString(4, customer.postalCode());
          s.setString(5, customer.city());
        });
  }

  /**
   * The search terms of rows 0..count-1 (docs/adr/0019), as the service makes them: {@code
   * fields.apply(n)} is the row's id, then its searchable fields.
   */
  static void terms(
      String database, String table, String idColumn, int count, IntFunction<String[]> fields)
      throws SQLException {
    long start = System.nanoTime();
    long rows = 0;
    try (Connection db = Database.connect(database);
        PreparedStatement statement =
            db.prepareStatement(
                "insert into " + table + " (term, " + idColumn + ") values (?, ?)")) {
      db.setAutoCommit(false);
      for (int n = 0; n < count; n++) {
        String[] row = fields.apply(n);
        for (String term : SearchTerms.of(Arrays.copyOfRange(row, 1, row.length))) {
          statement.setString(1, term);
          statement.setString(2, row[0]);
          statement.addBatch();
          rows++;
        }
        if ((n + 1) % BATCH == 0 || n == count - 1) {
          statement.executeBatch();
          db.commit();
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %,d search terms in %s in %.0f s%n",
        database,
        rows,
        table,
        (System.nanoTime() - start) / 1e9);
  }

  static void vehicles() throws SQLException {
    for (String database : new String[] {"vehicle", "workshop"}) {
      insert(
          database,
          "insert into vehicle (license_number, brand, type, owner_id) values (?, ?, ?, ?)",
          CUSTOMERS,
          (s, n) -> {
            s.setString(1, licenseNumber(n));
            s.setString(2, "Volkswagen");
            s.setString(3, "Golf");
            s.setString(4, customerId(n));
          });
    }
    terms(
        "vehicle",
        "vehicle_search_term",
        "license_number",
        CUSTOMERS,
        n -> new String[] {licenseNumber(n), licenseNumber(n), "Volkswagen", "Golf"});
  }

  /** The planning event {@code e} of a day: 0 creates the day, 1..24 plan its jobs. */
  static String planningEvent(int d, int e, String messageId) {
    if (e == 0) {
      return """
          {"messageType":"WorkshopPlanningCreated","date":"%s","messageId":"%s"}"""
          .formatted(day(d), messageId);
    }
    int job = d * JOBS_PER_DAY + e - 1;
    Customer owner = Customer.of(job % CUSTOMERS);
    return """
        {"messageType":"MaintenanceJobPlanned","customerInfo":{"id":"%s","name":"%s",\
        "telephoneNumber":"%s"},"description":"%s","endTime":"%s","jobId":"%s",\
        "messageId":"%s","startTime":"%s","vehicleInfo":{"brand":"Volkswagen",\
        "licenseNumber":"%s","type":"Golf"}}"""
        .formatted(
            owner.id(),
            owner.name(),
            owner.telephoneNumber(),
            JOB_DESCRIPTION,
            start(job).plusMinutes(20),
            jobId(job),
            messageId,
            start(job),
            licenseNumber(job % CUSTOMERS));
  }

  static void planning(int days) throws SQLException {
    int perDay = JOBS_PER_DAY + 1;
    insert(
        "workshopeventstore",
        "insert into event_stream (stream_id, version) values (?, ?)",
        days,
        (s, d) -> {
          s.setString(1, day(d));
          s.setInt(2, perDay);
        });
    insert(
        "workshopeventstore",
        "insert into stored_event (stream_id, version, event_type, message_id, data, recorded_at,"
            + " published) values (?, ?, ?, ?, ?, ?, ?)",
        days * perDay,
        (s, n) -> {
          int d = n / perDay;
          int e = n % perDay;
          String messageId = messageId(2L * CUSTOMERS + n);
          s.setString(1, day(d));
          s.setInt(2, e + 1);
          s.setString(3, e == 0 ? "WorkshopPlanningCreated" : "MaintenanceJobPlanned");
          s.setString(4, messageId);
          s.setString(5, planningEvent(d, e, messageId));
          s.setTimestamp(6, past(n, (long) days * perDay));
          s.setBoolean(7, true);
        });
  }

  /**
   * Binds what every read model keeps of job {@code j}, in this order: its id, customer, license
   * number, description and start.
   */
  static void bindJob(PreparedStatement s, int j) throws SQLException {
    s.setString(1, jobId(j));
    s.setString(2, customerId(j % CUSTOMERS));
    s.setString(3, licenseNumber(j % CUSTOMERS));
    s.setString(4, JOB_DESCRIPTION);
    s.setTimestamp(5, Timestamp.valueOf(start(j)));
  }

  static void jobs(int jobs) throws SQLException {
    insert(
        "workshop",
        "insert into maintenance_job (id, customer_id, vehicle_license_number, description,"
            + " start_time, end_time, workshop_planning_date) values (?, ?, ?, ?, ?, ?, ?)",
        jobs,
        (s, j) -> {
          bindJob(s, j);
          s.setTimestamp(6, Timestamp.valueOf(start(j).plusMinutes(20)));
          s.setObject(7, LocalDate.parse(day(j / JOBS_PER_DAY)));
        });
    insert(
        "notification",
        "insert into reminder_job (job_id, customer_id, license_number, description, start_time,"
            + " planned, finished, row_version) values (?, ?, ?, ?, ?, ?, ?, ?)",
        jobs,
        (s, j) -> {
          bindJob(s, j);
          s.setBoolean(6, true);
          s.setBoolean(7, false);
          s.setLong(8, 1);
        });
    insert(
        "invoicing",
        "insert into invoice_job (job_id, customer_id, license_number, description, start_time,"
            + " finished, version) values (?, ?, ?, ?, ?, ?, ?)",
        jobs,
        (s, j) -> {
          bindJob(s, j);
          s.setBoolean(6, false);
          s.setLong(7, 1);
        });
  }

  /**
   * The audit log holds every seeded event (registrations, then planning events) and each handler
   * has processed each of them once; {@code seed.events} rows in all, as many as stored events.
   */
  static void auditAndProcessed(int days) throws SQLException {
    int perDay = JOBS_PER_DAY + 1;
    int planningEvents = Math.max(0, EVENTS - 2 * CUSTOMERS);
    int total = 2 * CUSTOMERS + Math.min(planningEvents, days * perDay);
    insert(
        "auditlog",
        "insert into audit_entry (message_id, message_type, aggregate_id, payload, event_time,"
            + " published_at, received_at) values (?, ?, ?, ?, ?, ?, ?)",
        total,
        (s, n) -> {
          Timestamp at = past(n, total);
          s.setString(1, messageId(n));
          s.setString(2, type(n, perDay));
          s.setString(3, aggregate(n, perDay));
          s.setString(4, payload(n, perDay));
          s.setTimestamp(5, at);
          s.setTimestamp(6, at);
          s.setTimestamp(7, at);
        });
    for (String database : new String[] {"workshop", "notification", "invoicing"}) {
      insert(
          database,
          "insert into processed_message (message_id, message_type, handled_at) values (?, ?, ?)",
          total,
          (s, n) -> {
            s.setString(1, messageId(n));
            s.setString(2, type(n, perDay));
            s.setTimestamp(3, past(n, total));
          });
    }
  }

  private static String type(int n, int perDay) {
    if (n < CUSTOMERS) {
      return "CustomerRegistered";
    }
    if (n < 2 * CUSTOMERS) {
      return "VehicleRegistered";
    }
    return (n - 2 * CUSTOMERS) % perDay == 0 ? "WorkshopPlanningCreated" : "MaintenanceJobPlanned";
  }

  private static String aggregate(int n, int perDay) {
    if (n < CUSTOMERS) {
      return customerId(n);
    }
    if (n < 2 * CUSTOMERS) {
      return licenseNumber(n - CUSTOMERS);
    }
    return day((n - 2 * CUSTOMERS) / perDay);
  }

  private static String payload(int n, int perDay) {
    String messageId = messageId(n);
    if (n < CUSTOMERS) {
      Customer customer = Customer.of(n);
      return """
          {"messageType":"CustomerRegistered","address":"%s","city":"%s","customerId":"%s",\
          "emailAddress":"%s","messageId":"%s","name":"%s","postalCode":"%s",\
          "telephoneNumber":"%s"}"""
          .formatted(
              customer.address(),
              customer.city(),
              customer.id(),
              customer.emailAddress(),
              messageId,
              customer.name(),
              customer.postalCode(),
              customer.telephoneNumber());
    }
    if (n < 2 * CUSTOMERS) {
      int v = n - CUSTOMERS;
      return """
          {"messageType":"VehicleRegistered","brand":"Volkswagen","licenseNumber":"%s",\
          "messageId":"%s","ownerId":"%s","type":"Golf"}"""
          .formatted(licenseNumber(v), messageId, customerId(v));
    }
    int e = n - 2 * CUSTOMERS;
    return planningEvent(e / perDay, e % perDay, messageId);
  }
}
