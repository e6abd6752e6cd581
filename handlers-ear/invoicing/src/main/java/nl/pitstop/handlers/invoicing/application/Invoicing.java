package nl.pitstop.handlers.invoicing.application;

import static nl.pitstop.handlers.handling.Columns.fit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.handling.HandledOnce;
import nl.pitstop.handlers.invoicing.domain.Customer;
import nl.pitstop.handlers.invoicing.domain.Invoice;
import nl.pitstop.handlers.invoicing.domain.InvoiceFormats;
import nl.pitstop.handlers.invoicing.domain.InvoiceJob;
import nl.pitstop.handlers.invoicing.domain.JobCharge;
import nl.pitstop.handlers.mail.MailMessage;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invoicing, as the original's InvoiceService: it keeps customers and maintenance jobs from events
 * and, when a day has passed, sends one invoice per customer for all finished jobs not invoiced yet
 * (of any day) to the printing company, which prints and posts it.
 *
 * <p>Where the original could lose or repeat an invoice, this does not: each message id is handled
 * once (the processed id is stored in the same transaction as the effect); an invoice is recorded,
 * its jobs marked with its id and its e-mail queued in the mail outbox in that one transaction, so
 * a job is never invoiced twice and an invoice never recorded without its mail, or the reverse.
 * Other event types are recorded as processed and otherwise ignored.
 *
 * <p>Invoice ids are {@code {invoice time yyyyMMddHHmmss}-{the first four letters or digits of the
 * customer id}} on a 24-hour clock, with {@code -2}, {@code -3}, … appended when that id exists.
 * Amounts are the jobs' actual hours at € 18.50 (see {@link JobCharge}), without an upper bound.
 *
 * <p>A finished job whose customer invoicing does not know (its CustomerRegistered not handled yet)
 * is not invoiced: a warning is logged and the job stays open for the next day's run. A job's
 * Finished may come before its Planned: the job is then invoiced on the first DayHasPassed after
 * both, exactly as if they had come in order.
 */
@ApplicationScoped
public class Invoicing {

  /** The sender of invoice e-mails. */
  public static final String FROM = "invoicing@pitstop.nl";

  /** The printing company that prints and posts the invoices, unless configured otherwise. */
  public static final String DEFAULT_PRINTING_COMPANY = "pitstop@prestoprint.nl";

  private static final Logger LOG = Logger.getLogger(Invoicing.class.getName());
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final int ID_CUSTOMER_CHARACTERS = 4;

  /** The order of an invoice run: by customer, then a customer's jobs as they were done. */
  private static final Comparator<InvoiceJob> RUN_ORDER =
      Comparator.comparing(InvoiceJob::customerId)
          .thenComparing(InvoiceJob::startTime)
          .thenComparing(job -> job.jobId().toString());

  private final InvoiceStore store;
  private final InvoiceMailOutbox mails;
  private final String printingCompany;
  private final Clock clock;

  /** Invoicing on the server's clock, in its time zone. */
  @Inject
  public Invoicing(
      InvoiceStore store,
      InvoiceMailOutbox mails,
      @ConfigProperty(
              name = "pitstop.invoicing.printing-company",
              defaultValue = DEFAULT_PRINTING_COMPANY)
          String printingCompany) {
    this(store, mails, printingCompany, Clock.systemDefaultZone());
  }

  /**
   * @param printingCompany the e-mail address invoices are sent to
   * @param clock the time of invoicing, in the zone whose local time invoice ids and dates use
   */
  public Invoicing(
      InvoiceStore store, InvoiceMailOutbox mails, String printingCompany, Clock clock) {
    this.store = store;
    this.mails = mails;
    this.printingCompany = printingCompany;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** For CDI's proxy only. */
  protected Invoicing() {
    this(null, null, null, Clock.systemDefaultZone());
  }

  /**
   * Applies the event unless its message id was handled before.
   *
   * @return whether the event was new
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
      invoice(day);
    }
    return true;
  }

  private void register(CustomerRegistered event) {
    if (store.customer(event.customerId()).isPresent()) {
      LOG.warning(() -> "Skipped adding customer with customer id " + event.customerId() + ".");
      return;
    }
    store.add(customer(event));
  }

  /**
   * The customer of a registration (the original's Customer.CreateFrom).
   *
   * @throws IllegalArgumentException when a value does not fit its column
   */
  private static Customer customer(CustomerRegistered event) {
    String id = fit(event.customerId(), ColumnLengths.CUSTOMER_ID, "customer id");
    return new Customer(
        id,
        fit(event.name(), ColumnLengths.NAME, "name of customer " + id),
        fit(event.address(), ColumnLengths.ADDRESS, "address of customer " + id),
        fit(event.postalCode(), ColumnLengths.POSTAL_CODE, "postal code of customer " + id),
        fit(event.city(), ColumnLengths.CITY, "city of customer " + id));
  }

  /**
   * Stores the job. When its Finished was handled first (see {@link #finish}), the stored row gets
   * the planning data and keeps its actual times, as if the two had come in order; from then on it
   * is invoiced on the next DayHasPassed. A second Planned of the same job keeps the first.
   *
   * @throws IllegalArgumentException when a value does not fit its column
   */
  private void plan(MaintenanceJobPlanned event) {
    InvoiceJob job = store.job(event.jobId()).orElse(null);
    if (job != null && job.planned()) {
      LOG.warning(() -> "Skipped adding maintenance job with id " + event.jobId() + ".");
      return;
    }
    String customerId =
        fit(
            event.customerInfo().id(),
            ColumnLengths.CUSTOMER_ID,
            "customer id of job " + event.jobId());
    String licenseNumber =
        fit(
            event.vehicleInfo().licenseNumber(),
            ColumnLengths.LICENSE_NUMBER,
            "license number of job " + event.jobId());
    String description =
        fit(event.description(), ColumnLengths.DESCRIPTION, "description of job " + event.jobId());
    if (job == null) {
      store.add(new InvoiceJob(event.jobId(), customerId, licenseNumber, description));
    } else {
      job.plan(customerId, licenseNumber, description);
      LOG.info(
          () ->
              "Maintenance job "
                  + event.jobId()
                  + " was finished before its planning arrived; stored as finished.");
    }
  }

  /**
   * Records the actual times. A job finished before (the workshop refuses that) keeps its first
   * times.
   *
   * <p>A Finished can be handled before its job's Planned: this subscription has several concurrent
   * sessions (and replicas), and even where one planning day's events reach one consumer in order,
   * a Planned that failed once is redelivered after a back-off, behind the Finished. Rather than
   * fail and wait for redelivery (which gives up after a few attempts and dead-letters the
   * Finished, after which the job would never be invoiced), the Finished is recorded as a finished
   * job without planning data. It is not invoiced until the Planned that arrives later fills it in.
   * Should the two race, both insert the same key: one commit fails on the primary key and its
   * message is redelivered and then finds the row.
   *
   * @throws IllegalArgumentException when the end is before the start
   */
  private void finish(MaintenanceJobFinished event) {
    InvoiceJob job = store.job(event.jobId()).orElse(null);
    if (job == null) {
      store.add(
          InvoiceJob.finishedBeforePlanned(event.jobId(), event.startTime(), event.endTime()));
    } else if (job.finished()) {
      LOG.warning(() -> "Skipped finishing maintenance job " + event.jobId() + " a second time.");
    } else {
      job.finish(event.startTime(), event.endTime());
    }
  }

  /**
   * Invoices every planned and finished job without an invoice, one invoice per customer, in
   * customer id order. A customer's jobs are listed by actual start, then job id. A job finished
   * before its planning arrived waits for it.
   */
  private void invoice(DayHasPassed event) {
    store.lockInvoiceRuns();
    List<InvoiceJob> open =
        new ArrayList<>(
            store.jobsAwaitingInvoice().stream().filter(InvoiceJob::awaitsInvoice).toList());
    if (open.isEmpty()) {
      LOG.fine(() -> "Day " + event.date() + " has begun; no jobs to invoice.");
      return;
    }
    open.sort(RUN_ORDER);
    Map<String, List<InvoiceJob>> byCustomer =
        open.stream()
            .collect(
                Collectors.groupingBy(InvoiceJob::customerId, TreeMap::new, Collectors.toList()));
    Instant now = clock.instant();
    LocalDateTime invoiceTime = LocalDateTime.ofInstant(now, clock.getZone());
    byCustomer.forEach(
        (customerId, jobs) ->
            store
                .customer(customerId)
                .ifPresentOrElse(
                    customer -> invoice(customer, jobs, invoiceTime, now),
                    () ->
                        LOG.warning(
                            () ->
                                "Not invoicing "
                                    + jobs.size()
                                    + " finished job(s) of customer "
                                    + customerId
                                    + " yet: the customer is unknown to invoicing."
                                    + " They are invoiced on a later day.")));
  }

  private void invoice(
      Customer customer, List<InvoiceJob> jobs, LocalDateTime invoiceTime, Instant now) {
    String invoiceId = uniqueInvoiceId(invoiceTime, customer.customerId());
    Invoice invoice =
        Invoice.issue(invoiceId, invoiceTime, now, customer, jobs, InvoiceDocument::html);
    store.add(invoice);
    mails.queue(
        MailMessage.html(
            FROM,
            printingCompany,
            "Pitstop Garage Invoice #" + invoiceId,
            invoice.html(),
            List.of(InvoiceDocument.BANNER),
            invoiceId));
    LOG.info(
        () ->
            "Invoice "
                + invoiceId
                + " of "
                + InvoiceFormats.euros(invoice.amount())
                + " for customer "
                + customer.customerId()
                + " queued for the printing company.");
  }

  /** The invoice id of this time and customer, with a suffix when that id exists already. */
  private String uniqueInvoiceId(LocalDateTime invoiceTime, String customerId) {
    String base = invoiceId(invoiceTime, customerId);
    String id = base;
    for (int n = 2; store.invoice(id).isPresent(); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * {@code {time yyyyMMddHHmmss}-{customer}}, where customer is the first four letters or digits of
   * the customer id (all of them if it has fewer; the time alone if it has none).
   */
  static String invoiceId(LocalDateTime invoiceTime, String customerId) {
    String letters = customerId.replaceAll("[^A-Za-z0-9]", "");
    String prefix = letters.substring(0, Math.min(ID_CUSTOMER_CHARACTERS, letters.length()));
    String time = ID_TIME.format(invoiceTime);
    return prefix.isEmpty() ? time : time + "-" + prefix;
  }
}
