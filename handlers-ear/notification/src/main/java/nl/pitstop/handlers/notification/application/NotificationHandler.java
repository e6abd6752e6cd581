package nl.pitstop.handlers.notification.application;

import static nl.pitstop.handlers.handling.Columns.fit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.handling.HandledOnce;
import nl.pitstop.handlers.mail.MailMessage;
import nl.pitstop.handlers.notification.domain.Customer;
import nl.pitstop.handlers.notification.domain.ReminderJob;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;

/**
 * Reminds customers of their maintenance jobs, as the original's NotificationService did: it keeps
 * customers and planned jobs from events, and when a day begins (DayHasPassed) it mails each
 * customer one reminder listing their jobs of that day.
 *
 * <p>Unlike the original, nothing is lost or sent twice. Each message id is handled once, because
 * the processed id is stored in the same transaction as the effect. Jobs are not deleted but marked
 * reminded, in the transaction that queues the mail in the {@linkplain ReminderMailOutbox mail
 * outbox}: a redelivered DayHasPassed, a second one for the same day, or a restart sends nothing
 * again, and a mail is only sent when the reminder committed. Other event types are recorded as
 * processed and otherwise ignored.
 */
@ApplicationScoped
public class NotificationHandler {

  static final String FROM = "noreply@pitstop.nl";
  static final String SUBJECT = "Vehicle maintenance reminder";

  private static final Logger LOG = Logger.getLogger(NotificationHandler.class.getName());

  /** A customer's jobs in the order the reminder lists them. */
  private static final Comparator<ReminderJob> LISTING_ORDER =
      Comparator.comparing(ReminderJob::startTime).thenComparing(ReminderJob::jobId);

  private final ReminderStore store;
  private final ReminderMailOutbox mails;
  private final Clock clock;

  @Inject
  public NotificationHandler(ReminderStore store, ReminderMailOutbox mails) {
    this(store, mails, Clock.systemUTC());
  }

  NotificationHandler(ReminderStore store, ReminderMailOutbox mails, Clock clock) {
    this.store = store;
    this.mails = mails;
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected NotificationHandler() {
    this(null, null, Clock.systemUTC());
  }

  /**
   * Applies the event unless its message id was handled before.
   *
   * @return whether the event was new
   * @throws IllegalArgumentException when a value does not fit its column: the message is rolled
   *     back, redelivered and finally dead-lettered, never stored cut off or silently dropped
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean handle(Delivery delivery) {
    if (!HandledOnce.record(store, delivery, clock)) {
      return false;
    }
    IntegrationEvent event = delivery.event();
    if (event instanceof CustomerRegistered customer) {
      register(customer);
    } else if (event instanceof MaintenanceJobPlanned planned) {
      plan(planned);
    } else if (event instanceof MaintenanceJobFinished finished) {
      finish(finished);
    } else if (event instanceof DayHasPassed day) {
      remind(day.date());
    }
    return true;
  }

  /** Stores the customer; a second registration of the same id keeps the first. */
  private void register(CustomerRegistered event) {
    if (store.customer(event.customerId()).isPresent()) {
      LOG.warning(() -> "Skipped adding customer with customer id " + event.customerId() + ".");
      return;
    }
    String id = fit(event.customerId(), ColumnLengths.CUSTOMER_ID, "customer id");
    store.add(
        new Customer(
            id,
            fit(event.name(), ColumnLengths.NAME, "name of customer " + id),
            fit(
                event.telephoneNumber(),
                ColumnLengths.TELEPHONE_NUMBER,
                "telephone number of customer " + id),
            fit(
                event.emailAddress(),
                ColumnLengths.EMAIL_ADDRESS,
                "e-mail address of customer " + id)));
  }

  /**
   * Stores the job. When its Finished was handled first (see {@link #finish}), the stored row gets
   * the planning data and stays finished. A second Planned of the same job keeps the first.
   */
  private void plan(MaintenanceJobPlanned event) {
    UUID jobId = event.jobId();
    Objects.requireNonNull(event.customerInfo(), "customerInfo of job " + jobId);
    Objects.requireNonNull(event.vehicleInfo(), "vehicleInfo of job " + jobId);
    Objects.requireNonNull(event.customerInfo().id(), "customer id of job " + jobId);
    Objects.requireNonNull(event.startTime(), "start time of job " + jobId);
    ReminderJob job = store.job(jobId).orElse(null);
    if (job != null && job.isPlanned()) {
      LOG.warning(() -> "Skipped adding maintenance job with id " + event.jobId() + ".");
      return;
    }
    String customerId =
        fit(event.customerInfo().id(), ColumnLengths.CUSTOMER_ID, "customer id of job " + jobId);
    String licenseNumber =
        fit(
            event.vehicleInfo().licenseNumber(),
            ColumnLengths.LICENSE_NUMBER,
            "license number of job " + jobId);
    String description =
        fit(event.description(), ColumnLengths.DESCRIPTION, "description of job " + jobId);
    if (job == null) {
      store.add(
          ReminderJob.planned(jobId, customerId, licenseNumber, event.startTime(), description));
    } else {
      job.plan(customerId, licenseNumber, event.startTime(), description);
      LOG.info(
          () ->
              "Maintenance job "
                  + event.jobId()
                  + " was finished before its planning arrived; stored as finished.");
    }
  }

  /**
   * Marks the job finished, so that its customer is not reminded of it.
   *
   * <p>A Finished can be handled before its job's Planned: this subscription has several concurrent
   * sessions (and replicas), so a Finished may be handled while its Planned is still in flight, or
   * before a Planned that failed once commits on redelivery. Rather than fail and wait for
   * redelivery (which gives up after a few attempts and dead-letters the Finished, after which the
   * customer would be reminded of a finished job), the Finished is recorded as a finished job
   * without planning data; the Planned that arrives later fills it in and it stays finished. Should
   * the two race, both insert the same key: one commit fails on the primary key and its message is
   * redelivered and then finds the row.
   */
  private void finish(MaintenanceJobFinished event) {
    store
        .job(event.jobId())
        .ifPresentOrElse(
            ReminderJob::finish, () -> store.add(ReminderJob.finishedBeforePlanned(event.jobId())));
  }

  /**
   * Queues one reminder per customer for the jobs that start on {@code day} and await a reminder,
   * and marks those jobs reminded. Customers are handled in the order of their ids. A customer the
   * handler does not know, or who has no usable e-mail address, is skipped with a warning naming
   * the jobs, which stay unreminded; the other customers are reminded all the same.
   */
  private void remind(LocalDate day) {
    Map<String, List<ReminderJob>> jobsByCustomer =
        store.awaitingReminder(day.atStartOfDay(), day.plusDays(1).atStartOfDay()).stream()
            .filter(ReminderJob::awaitsReminder)
            .sorted(LISTING_ORDER)
            .collect(
                Collectors.groupingBy(ReminderJob::customerId, TreeMap::new, Collectors.toList()));
    jobsByCustomer.forEach((customerId, jobs) -> remind(day, customerId, jobs));
  }

  private void remind(LocalDate day, String customerId, List<ReminderJob> jobs) {
    Customer customer = store.customer(customerId).orElse(null);
    if (customer == null) {
      skip(day, customerId, jobs, "the customer is unknown");
      return;
    }
    String address = deliverableAddress(customer.emailAddress());
    if (address == null) {
      skip(
          day,
          customerId,
          jobs,
          customer.emailAddress() == null || customer.emailAddress().isBlank()
              ? "the customer has no e-mail address"
              : "the customer's e-mail address is not valid");
      return;
    }
    mails.queue(
        MailMessage.text(
            FROM,
            address,
            SUBJECT,
            ReminderText.body(customer.name(), jobs),
            "reminder of " + day + " for customer " + customerId));
    Instant now = clock.instant();
    jobs.forEach(job -> job.remind(now));
    LOG.info(
        () ->
            "Reminder of "
                + day
                + " queued for customer "
                + customerId
                + " for maintenance job(s) "
                + jobIds(jobs)
                + ".");
  }

  private static void skip(LocalDate day, String customerId, List<ReminderJob> jobs, String why) {
    LOG.warning(
        () ->
            "No reminder of "
                + day
                + " for customer "
                + customerId
                + ": "
                + why
                + ". Maintenance job(s) "
                + jobIds(jobs)
                + " stay unreminded.");
  }

  /**
   * The address as the mail relay will accept it (exactly one address, strictly parsed), or null: a
   * mail it cannot address would fail at every send attempt instead of reaching the customer.
   */
  static String deliverableAddress(String emailAddress) {
    if (emailAddress == null || emailAddress.isBlank()) {
      return null;
    }
    String address = emailAddress.strip();
    try {
      new InternetAddress(address, true);
      return address;
    } catch (AddressException e) {
      return null;
    }
  }

  private static List<String> jobIds(List<ReminderJob> jobs) {
    return jobs.stream().map(ReminderJob::jobId).toList();
  }
}
