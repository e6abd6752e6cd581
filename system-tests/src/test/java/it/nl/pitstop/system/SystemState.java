package it.nl.pitstop.system;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.testing.Broker;
import nl.pitstop.testing.Database;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * What the services stored, read straight from their databases (the local run's H2 server), and
 * what sits on the broker's dead-letter address: the ground truth the fault tests compare the
 * accepted commands with.
 */
final class SystemState {

  static final String AUDIT_LOG = "auditlog";
  static final String WORKSHOP = "workshop";
  static final String NOTIFICATION = "notification";
  static final String INVOICING = "invoicing";

  /** A stored event of the workshop's event store, which is also its outbox. */
  record StoredEvent(
      String messageId, String type, String day, int version, String data, boolean published) {}

  /** A message in the audit log, and how many entries it has there. */
  record Audited(String messageId, String type, String aggregateId, long entries) {}

  /** A message on the dead-letter queue. */
  record DeadLetter(String type, String aggregateId, Instant sent) {}

  // --- the APIs' own stores

  /** Customer id to e-mail address of the customers whose id starts with the prefix. */
  Map<String, String> customers(String prefix) throws SQLException {
    Map<String, String> customers = new HashMap<>();
    for (List<String> row :
        rows(
            "customer",
            "select customer_id, email_address from customer where customer_id like ?",
            prefix + "%")) {
      customers.put(row.get(0), row.get(1));
    }
    return customers;
  }

  /** The license numbers of the vehicles owned by customers whose id starts with the prefix. */
  Set<String> vehicles(String prefix) throws SQLException {
    return column(
        "vehicle", "select license_number from vehicle where owner_id like ?", prefix + "%");
  }

  /** The events of these days' plannings. */
  List<StoredEvent> plannings(Collection<?> days) throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    for (List<String> row :
        rows(
            "workshopeventstore",
            "select message_id, event_type, stream_id, version, data, published from stored_event"
                + " where stream_id in ("
                + quoted(days)
                + ")")) {
      events.add(
          new StoredEvent(
              row.get(0),
              row.get(1),
              row.get(2),
              Integer.parseInt(row.get(3)),
              row.get(4),
              "TRUE".equalsIgnoreCase(row.get(5))));
    }
    return events;
  }

  /** Events stored but not yet published: the rows of each outbox. */
  Map<String, Long> outboxes() throws SQLException {
    return Map.of(
        "customer", count("customer", "select count(*) from outbox_message"),
        "vehicle", count("vehicle", "select count(*) from outbox_message"),
        "workshop",
            count(
                "workshopeventstore", "select count(*) from stored_event where published = false"));
  }

  // --- the handlers' stores

  /** How often the audit log holds each message of these aggregates. */
  List<Audited> audited(Collection<?> aggregateIds) throws SQLException {
    List<Audited> audited = new ArrayList<>();
    for (List<String> row :
        rows(
            AUDIT_LOG,
            "select message_id, message_type, aggregate_id, count(*) from audit_entry"
                + " where aggregate_id in ("
                + quoted(aggregateIds)
                + ") group by message_id, message_type, aggregate_id")) {
      audited.add(new Audited(row.get(0), row.get(1), row.get(2), Long.parseLong(row.get(3))));
    }
    return audited;
  }

  /** A message as one handler handled it: when, and at which delivery of it by the broker. */
  record Handled(String messageId, Instant at, int attempt) {

    boolean redelivered() {
      return attempt > 1;
    }
  }

  /** The audit log's entries of these aggregates, in the order it recorded them. */
  List<Handled> auditOrder(Collection<?> aggregateIds) throws SQLException {
    return handled(
        AUDIT_LOG,
        "select message_id, received_at, delivery_attempt from audit_entry"
            + " where aggregate_id in ("
            + quoted(aggregateIds)
            + ") order by position");
  }

  /** When and at which delivery a handler processed each of these messages (those it processed). */
  Map<String, Handled> handledAt(String handler, Collection<String> messageIds)
      throws SQLException {
    if (messageIds.isEmpty()) {
      return new HashMap<>();
    }
    return handled(
            handler,
            "select message_id, handled_at, delivery_attempt from processed_message"
                + " where message_id in ("
                + quoted(messageIds)
                + ")")
        .stream()
        .collect(Collectors.toMap(Handled::messageId, h -> h));
  }

  /** The rows (message id, moment, delivery attempt) that the query selects, in its order. */
  private static List<Handled> handled(String database, String sql) throws SQLException {
    List<Handled> handled = new ArrayList<>();
    try (Connection connection = Database.connect(database);
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        handled.add(
            new Handled(result.getString(1), result.getTimestamp(2).toInstant(), result.getInt(3)));
      }
    }
    return handled;
  }

  /** The aggregates the audit log has events of this type for, whose id starts with the prefix. */
  Set<String> auditedAggregates(String type, String prefix) throws SQLException {
    return column(
        AUDIT_LOG,
        "select aggregate_id from audit_entry where message_type = ? and aggregate_id like ?",
        type,
        prefix + "%");
  }

  /** Which of these message ids a handler recorded as processed. */
  Set<String> processed(String handler, Collection<String> messageIds) throws SQLException {
    if (messageIds.isEmpty()) {
      return Set.of();
    }
    return column(
        handler,
        "select message_id from processed_message where message_id in ("
            + quoted(messageIds)
            + ")");
  }

  /** Which of these keys a handler's table has rows for. */
  Set<String> keys(String handler, String table, String key, Collection<?> values)
      throws SQLException {
    return column(
        handler,
        "select " + key + " from " + table + " where " + key + " in (" + quoted(values) + ")");
  }

  /**
   * The rows of a handler's job table for these jobs that are planned: job id to whether it is
   * finished. A handler that got a job's Finished before its Planned keeps a row that is not
   * planned yet (no start time, no customer, or planned = false), which does not count.
   */
  Map<String, Boolean> jobs(String handler, Collection<UUID> jobIds) throws SQLException {
    String sql =
        switch (handler) {
          case WORKSHOP ->
              "select id, actual_end_time is not null from maintenance_job"
                  + " where start_time is not null and id in (%s)";
          case NOTIFICATION ->
              "select job_id, finished from reminder_job where planned = true and job_id in (%s)";
          case INVOICING ->
              "select job_id, finished from invoice_job"
                  + " where customer_id is not null and job_id in (%s)";
          default -> throw new IllegalArgumentException(handler);
        };
    Map<String, Boolean> jobs = new HashMap<>();
    if (jobIds.isEmpty()) {
      return jobs;
    }
    for (List<String> row : rows(handler, sql.formatted(quoted(jobIds)))) {
      jobs.put(row.get(0), "TRUE".equalsIgnoreCase(row.get(1)));
    }
    return jobs;
  }

  /**
   * Whether notification and invoicing, the handlers that act on DayHasPassed, have these jobs,
   * finished exactly when they are in {@code finished}, and their customers; false while a database
   * cannot be read.
   */
  boolean haveTheJobs(List<CommandStream.Job> jobs, Set<UUID> finished) {
    List<UUID> ids = jobs.stream().map(CommandStream.Job::jobId).toList();
    Map<String, Boolean> expected =
        ids.stream().collect(Collectors.toMap(UUID::toString, finished::contains));
    Set<String> customers =
        jobs.stream().map(CommandStream.Job::customerId).collect(Collectors.toSet());
    try {
      return expected.equals(jobs(NOTIFICATION, ids))
          && expected.equals(jobs(INVOICING, ids))
          && customers.equals(keys(NOTIFICATION, "customer", "customer_id", customers))
          && customers.equals(keys(INVOICING, "customer", "customer_id", customers));
    } catch (SQLException notNow) {
      return false;
    }
  }

  /** The invoices that bill each of these jobs. */
  Map<UUID, Set<String>> invoicesOf(Collection<UUID> jobIds) throws SQLException {
    List<List<String>> invoices = rows(INVOICING, "select invoice_id, job_ids from invoice");
    Map<UUID, Set<String>> byJob = new HashMap<>();
    for (UUID job : jobIds) {
      byJob.put(
          job,
          invoices.stream()
              .filter(invoice -> invoice.get(1).contains(job.toString()))
              .map(invoice -> invoice.get(0))
              .collect(Collectors.toSet()));
    }
    return byJob;
  }

  /** Mails queued in a handler's mail outbox and neither sent nor given up on. */
  long unsentMails(String handler) throws SQLException {
    return count(
        handler,
        "select count(*) from outgoing_mail where sent_at is null and undeliverable_at is null");
  }

  /** Mails a handler gave up on after this moment. */
  long undeliverableMails(String handler, Instant since) throws SQLException {
    return count(
        handler,
        "select count(*) from outgoing_mail where undeliverable_at >= ?",
        java.sql.Timestamp.from(since));
  }

  // --- the broker

  /** The messages on the dead-letter queue that were sent at or after the moment. */
  List<DeadLetter> deadLetters(Instant since) throws JMSException {
    List<DeadLetter> letters = new ArrayList<>();
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(Broker.url(), Broker.USER, Broker.PASSWORD);
        JMSContext context = factory.createContext();
        QueueBrowser browser = context.createBrowser(context.createQueue("DLQ"))) {
      Enumeration<?> messages = browser.getEnumeration();
      for (Message message :
          Collections.list(messages).stream().map(Message.class::cast).toList()) {
        Instant sent = Instant.ofEpochMilli(message.getJMSTimestamp());
        if (!sent.isBefore(since)) {
          letters.add(
              new DeadLetter(
                  message.getStringProperty(EventTopic.MESSAGE_TYPE),
                  message.getStringProperty(EventTopic.AGGREGATE_ID),
                  sent));
        }
      }
    }
    return letters;
  }

  // --- JDBC

  private static String quoted(Collection<?> values) {
    if (values.isEmpty()) {
      return "null";
    }
    return values.stream()
        .map(String::valueOf)
        .peek(
            v -> {
              if (v.contains("'")) {
                throw new IllegalArgumentException(v);
              }
            })
        .map(v -> "'" + v + "'")
        .collect(Collectors.joining(","));
  }

  /** Changes rows straight in a database, behind the servers' backs; returns how many changed. */
  static int update(String database, String sql, Object... parameters) throws SQLException {
    try (Connection connection = Database.connect(database);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  static long count(String database, String sql, Object... parameters) throws SQLException {
    return Long.parseLong(rows(database, sql, parameters).get(0).get(0));
  }

  private static Set<String> column(String database, String sql, Object... parameters)
      throws SQLException {
    Set<String> values = new HashSet<>();
    for (List<String> row : rows(database, sql, parameters)) {
      values.add(row.get(0));
    }
    return values;
  }

  private static List<List<String>> rows(String database, String sql, Object... parameters)
      throws SQLException {
    try (Connection connection = Database.connect(database);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> row = new ArrayList<>(columns);
          for (int c = 1; c <= columns; c++) {
            row.add(result.getString(c));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}
