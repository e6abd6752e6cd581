package nl.pitstop.handlers.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.pitstop.support.tracing.TraceParent;

/**
 * A queued mail in the {@code outgoing_mail} table of the handler that sends it. It stays after
 * sending, with the time it was sent, as the handler's record of what went out.
 */
@Entity
@Table(
    name = "outgoing_mail",
    indexes = @Index(name = "ix_outgoing_mail_sent", columnList = "sent_at"))
@NamedQuery(
    name = "OutgoingMail.pending",
    query =
        "select m.id from OutgoingMail m where m.sentAt is null and m.undeliverableAt is null"
            + " order by m.id")
@NamedQuery(
    name = "OutgoingMail.countPending",
    query =
        "select count(m) from OutgoingMail m where m.sentAt is null and m.undeliverableAt is null")
public class OutgoingMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "sender", nullable = false, length = 320)
  private String sender;

  @Column(name = "recipient", nullable = false, length = 320)
  private String recipient;

  @Column(name = "subject", nullable = false, length = 500)
  private String subject;

  @Lob
  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "html", nullable = false)
  private boolean html;

  @Column(name = "inline_images", length = 500)
  private String inlineImages;

  @Column(name = "reference", length = 200)
  private String reference;

  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** Set when the mail can never be sent (a malformed address); it is kept for operations. */
  @Column(name = "undeliverable_at")
  private Instant undeliverableAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  /** The trace context of the work that queued the mail, to which each send attempt belongs. */
  @Column(name = "traceparent", length = TraceParent.LENGTH)
  private String traceparent;

  protected OutgoingMail() {}

  /**
   * @param traceparent the trace context of the work that queued it (docs/adr/0013), or null
   */
  public OutgoingMail(MailMessage mail, Instant queuedAt, String traceparent) {
    this.sender = mail.from();
    this.recipient = mail.to();
    this.subject = mail.subject();
    this.body = mail.body();
    this.html = mail.html();
    this.inlineImages = String.join(",", mail.inlineImages());
    this.reference = mail.reference();
    this.queuedAt = queuedAt;
    this.traceparent = traceparent;
  }

  public MailMessage message() {
    List<String> images =
        inlineImages == null || inlineImages.isBlank()
            ? List.of()
            : Arrays.asList(inlineImages.split(","));
    return new MailMessage(sender, recipient, subject, body, html, images, reference);
  }

  void sent(Instant at) {
    attempts++;
    sentAt = at;
    lastError = null;
  }

  void failed(String error) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
  }

  void undeliverable(String error, Instant at) {
    failed(error);
    undeliverableAt = at;
  }

  public Instant undeliverableAt() {
    return undeliverableAt;
  }

  public Long id() {
    return id;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  public String traceparent() {
    return traceparent;
  }
}
