package nl.pitstop.handlers.mail;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.pitstop.support.concurrent.Relay;
import nl.pitstop.support.tracing.Spans;
import nl.pitstop.support.tracing.TraceParent;
import nl.pitstop.support.transaction.AfterCommit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The mail outbox of one handler, in that handler's database: a handler module subclasses it as an
 * {@link ApplicationScoped} bean that names its persistence unit, lists {@link OutgoingMail} in it,
 * and keeps its inline images under {@code /mail/} on its class path.
 *
 * <p>Queued mails are sent by a {@link Relay}: right after the commit that queued them, and on a
 * fixed poll so that mails left behind (mail server down, server killed) go out once the mail
 * server is back. Each mail is sent under a row lock in its own transaction, so replicas do not
 * send a mail twice.
 */
public abstract class JpaMailOutbox implements MailOutbox {

  private static final Pattern EMAIL_ADDRESS =
      Pattern.compile("[^\\s<>'\"`(),;:]+@[^\\s<>'\"`(),;:]+");

  private static final Logger LOG = Logger.getLogger(JpaMailOutbox.class.getName());
  private static final int BATCH = 50;

  /** Mails the mail server accepted (a copy sent again after a crash counts again). */
  public static final String SENT_METRIC = "pitstop.mails.sent";

  /** Mails queued and not yet sent. */
  public static final String PENDING_METRIC = "pitstop.mails.pending";

  private static final Metadata SENT =
      Metadata.builder()
          .withName(SENT_METRIC)
          .withDescription("Mails the mail server accepted, by kind (reminder, invoice)")
          .build();

  @Resource(lookup = "mail/pitstop")
  Session session;

  @Resource ManagedScheduledExecutorService executor;

  @Resource TransactionSynchronizationRegistry transactions;

  @Resource UserTransaction userTransaction;

  @Inject Tracer tracer;

  @Inject
  @ConfigProperty(name = "pitstop.mail.poll-interval", defaultValue = "PT10S")
  Duration pollInterval;

  /** The business metrics: mails sent, and mails waiting, by kind (docs/adr/0012). */
  @Inject MetricRegistry metrics;

  private final Clock clock = Clock.systemUTC();
  private volatile Relay relay;

  /** The handler's entity manager (its persistence unit lists {@link OutgoingMail}). */
  protected abstract EntityManager entityManager();

  /** What the mails are, the {@code kind} tag of the mail metrics: reminder, invoice. */
  protected abstract String kind();

  protected void onStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // Eagerly starts the relay with the application.
  }

  @PostConstruct
  protected void start() {
    relay =
        new Relay(
            "Mail relay (" + kind() + ")", this::sendAll, e -> withoutAddresses(Relay.causes(e)));
    relay.reportPending(
        metrics,
        PENDING_METRIC,
        "Mails queued and not yet sent, by kind",
        this::pending,
        new Tag("kind", kind()));
    relay.start(executor, pollInterval, Duration.ZERO);
  }

  @PreDestroy
  protected void stop() {
    if (relay != null) {
      relay.stop();
    }
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void queue(MailMessage mail) {
    entityManager().persist(new OutgoingMail(mail, clock.instant(), TraceParent.current()));
    Object key = this.getClass().getName() + "@" + System.identityHashCode(this);
    if (transactions.getResource(key) == null) {
      transactions.putResource(key, Boolean.TRUE);
      AfterCommit.run(transactions, this::afterCommit);
    }
  }

  /** A transaction that queued mails committed: one send run, not one per mail. */
  private void afterCommit() {
    relay.committed();
  }

  /** Sends the pending mails, oldest first, until none is left or the mail server fails. */
  public void sendPending() {
    relay.runNow();
  }

  /**
   * One pass of the relay.
   *
   * @throws MessagingException when the mail server failed: the mails stay pending
   */
  private void sendAll() throws MessagingException {
    List<Long> pending;
    do {
      pending =
          inTransaction(
              () ->
                  entityManager()
                      .createNamedQuery("OutgoingMail.pending", Long.class)
                      .setMaxResults(BATCH)
                      .getResultList());
      for (Long id : pending) {
        MessagingException failure = inTransaction(() -> send(id));
        if (failure != null) {
          throw failure;
        }
      }
    } while (pending.size() == BATCH);
  }

  /** How many mails wait to be sent. */
  public long pending() {
    return inTransaction(
        () ->
            entityManager()
                .createNamedQuery("OutgoingMail.countPending", Long.class)
                .getSingleResult());
  }

  /**
   * Sends one mail under a row lock and marks it sent; a mail server failure is recorded on the
   * mail, which stays pending. Each attempt is a span of its own in the trace of the work that
   * queued the mail, so what it logs carries that trace's id (docs/adr/0013).
   *
   * @return the mail server's failure, or null when the mail was sent, parked or sent before
   */
  private MessagingException send(Long id) {
    OutgoingMail mail =
        entityManager().find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null || mail.sentAt() != null) {
      return null;
    }
    MailMessage message = mail.message();
    Span span =
        tracer
            .spanBuilder("send " + kind() + " mail")
            .setParent(TraceParent.parent(mail.traceparent()))
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("pitstop.mail.reference", message.reference())
            .setAttribute("pitstop.mail.attempt", mail.attempts() + 1L)
            .startSpan();
    return Spans.within(span, () -> deliver(mail, message, span));
  }

  private MessagingException deliver(OutgoingMail mail, MailMessage message, Span span) {
    try {
      Transport.send(
          MimeMails.toMime(
              session, message, this::inlineImage, Date.from(clock.instant()), messageId(mail)));
      mail.sent(clock.instant());
      metrics.counter(SENT, new Tag("kind", kind())).inc();
      LOG.info(() -> "Mail " + message.reference() + " sent.");
      return null;
    } catch (AddressException e) {
      // Sending it again will not help: park it, so the mails behind it go out.
      mail.undeliverable(e.toString(), clock.instant());
      Spans.failed(span, e);
      LOG.severe(
          () ->
              "Mail "
                  + message.reference()
                  + " is undeliverable ("
                  + withoutAddresses(e.toString())
                  + "); parked");
      return null;
    } catch (MessagingException e) {
      mail.failed(e.toString());
      Spans.failed(span, e);
      return e;
    }
  }

  /**
   * A mail server's or parser's words with every e-mail address in them replaced: the logs name
   * mails by their reference, never by whom they go to (docs/adr/0021).
   */
  static String withoutAddresses(String text) {
    return EMAIL_ADDRESS.matcher(text).replaceAll("<address>");
  }

  /**
   * The mail's {@code Message-ID}, the same at every send. A mail is marked sent in the transaction
   * after the mail server accepted it; a crash between the two sends it again after the restart
   * (SMTP offers no way to ask whether it arrived). That copy carries the same id, by which the
   * receiving side recognises it as the same message (RFC 5322, 3.6.4).
   */
  static String messageId(OutgoingMail mail) {
    return "<outbox.%d.%d@%s>"
        .formatted(mail.id(), mail.queuedAt().toEpochMilli(), domainOf(mail.message().from()));
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
    return domain.isEmpty() ? "pitstop.local" : domain;
  }

  private byte[] inlineImage(String name) {
    try (InputStream in = getClass().getResourceAsStream("/mail/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No inline image /mail/" + name + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T inTransaction(Supplier<T> work) {
    try {
      userTransaction.begin();
      try {
        T result = work.get();
        userTransaction.commit();
        return result;
      } catch (RuntimeException e) {
        rollback();
        throw e;
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Mail relay transaction failed: " + e.getMessage(), e);
    }
  }

  private void rollback() {
    try {
      if (userTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        userTransaction.rollback();
      }
    } catch (SystemException | IllegalStateException e) {
      LOG.log(Level.FINE, "Rollback failed", e);
    }
  }
}
