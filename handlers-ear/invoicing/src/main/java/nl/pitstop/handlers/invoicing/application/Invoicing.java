package nl.pitstop.handlers.invoicing.application;

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
 * is not invoiced: a warning is logged and the job stays open for the next day's run.
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
   * @throws UnknownMaintenanceJobException when a job is finished that invoicing does not know
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean handle(IntegrationEvent event) {
    String messageId = event.messageId().toString();
    if (store.handled(messageId)) {
      return false;
    }
    store.add(new ProcessedMessage(messageId, event.messageType(), clock.instant()));
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
    store.add(Customer.from(event));
  }

  private void plan(MaintenanceJobPlanned event) {
    if (store.job(event.jobId()).isPresent()) {
      LOG.warning(() -> "Skipped adding maintenance job with id " + event.jobId() + ".");
      return;
    }
    store.add(InvoiceJob.from(event));
  }

  /**
   * Records the actual times. A job invoicing does not know is not dropped (the original logged and
   * lost it): the exception rolls the transaction back, and the broker redelivers with back-off and
   * finally dead-letters the message, as in the workshop projection. A job finished before (the
   * workshop refuses that) keeps its first times.
   */
  private void finish(MaintenanceJobFinished event) {
    InvoiceJob job =
        store
            .job(event.jobId())
            .orElseThrow(
                () ->
                    new UnknownMaintenanceJobException(
                        event.jobId(), event.messageId().toString()));
    if (job.finished()) {
      LOG.warning(() -> "Skipped finishing maintenance job " + event.jobId() + " a second time.");
      return;
    }
    job.finish(event.startTime(), event.endTime());
  }

  /**
   * Invoices every finished job without an invoice, one invoice per customer, in customer id order.
   * A customer's jobs are listed by actual start, then job id.
   */
  private void invoice(DayHasPassed event) {
    List<InvoiceJob> open = new ArrayList<>(store.uninvoicedFinishedJobs());
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
    Invoice invoice = Invoice.issue(invoiceId, invoiceTime, now, customer, jobs);
    store.add(invoice);
    jobs.forEach(job -> job.invoicedOn(invoiceId));
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
